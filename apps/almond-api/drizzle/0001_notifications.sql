CREATE TABLE "almond_notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "almond_notifications" ADD CONSTRAINT "almond_notifications_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;