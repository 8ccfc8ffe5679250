CREATE TABLE "almond_apps" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"icon" text,
	"state" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "almond_devices" (
	"user_id" uuid NOT NULL,
	"unique_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "almond_devices_user_id_unique_id_pk" PRIMARY KEY("user_id","unique_id")
);
--> statement-breakpoint
CREATE TABLE "almond_oauth_clients" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text,
	"redirect_uris" jsonb NOT NULL,
	"allowed_scopes" jsonb NOT NULL,
	"owner_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "almond_oauth_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"grant_id" uuid NOT NULL,
	"redirect_uri" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"code_challenge" text,
	"code_challenge_method" text,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "almond_oauth_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "almond_oauth_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"grant_id" uuid NOT NULL,
	"access_hash" text NOT NULL,
	"refresh_hash" text,
	"scopes" jsonb NOT NULL,
	"access_expires_at" timestamp with time zone NOT NULL,
	"rotated_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "almond_oauth_tokens_access_hash_unique" UNIQUE("access_hash"),
	CONSTRAINT "almond_oauth_tokens_refresh_hash_unique" UNIQUE("refresh_hash")
);
--> statement-breakpoint
CREATE TABLE "almond_users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"email" text,
	"full_name" text,
	"locale" text DEFAULT 'en-US' NOT NULL,
	"timezone" text DEFAULT 'America/Los_Angeles' NOT NULL,
	"model_tag" text DEFAULT 'default' NOT NULL,
	"preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"visited" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "almond_users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "almond_web_sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "almond_apps" ADD CONSTRAINT "almond_apps_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_devices" ADD CONSTRAINT "almond_devices_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_oauth_clients" ADD CONSTRAINT "almond_oauth_clients_owner_id_almond_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_oauth_codes" ADD CONSTRAINT "almond_oauth_codes_grant_id_almond_oauth_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."almond_oauth_grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_oauth_grants" ADD CONSTRAINT "almond_oauth_grants_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_oauth_grants" ADD CONSTRAINT "almond_oauth_grants_client_id_almond_oauth_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."almond_oauth_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_oauth_tokens" ADD CONSTRAINT "almond_oauth_tokens_grant_id_almond_oauth_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."almond_oauth_grants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "almond_web_sessions" ADD CONSTRAINT "almond_web_sessions_user_id_almond_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."almond_users"("id") ON DELETE cascade ON UPDATE no action;