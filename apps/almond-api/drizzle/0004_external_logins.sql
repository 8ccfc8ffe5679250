CREATE TABLE "almond_external_logins" (
	"provider" text NOT NULL,
	"subject" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "almond_external_logins_provider_subject_pk" PRIMARY KEY("provider","subject")
);
--> statement-breakpoint
ALTER TABLE "almond_external_logins" ADD CONSTRAINT "almond_external_logins_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;