CREATE TABLE "almond_conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "almond_conversations" ADD CONSTRAINT "almond_conversations_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;