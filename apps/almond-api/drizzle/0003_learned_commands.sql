CREATE TABLE "almond_learned_commands" (
	"user_id" uuid NOT NULL,
	"utterance" text NOT NULL,
	"code" jsonb NOT NULL,
	"entities" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "almond_learned_commands_user_id_utterance_pk" PRIMARY KEY("user_id","utterance")
);
--> statement-breakpoint
ALTER TABLE "almond_learned_commands" ADD CONSTRAINT "almond_learned_commands_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;