CREATE TABLE "apiai_agents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"developer_token_hash" text NOT NULL,
	"client_token_hash" text NOT NULL,
	"webhook" jsonb,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apiai_agents_developer_token_hash_unique" UNIQUE("developer_token_hash"),
	CONSTRAINT "apiai_agents_client_token_hash_unique" UNIQUE("client_token_hash")
);
--> statement-breakpoint
CREATE TABLE "apiai_entities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agent_id" uuid NOT NULL,
	"name" text NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apiai_intents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agent_id" uuid NOT NULL,
	"name" text NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "apiai_sessions" (
	"agent_id" uuid NOT NULL,
	"session_id" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apiai_sessions_agent_id_session_id_pk" PRIMARY KEY("agent_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "apiai_entities" ADD CONSTRAINT "apiai_entities_agent_id_apiai_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."apiai_agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apiai_intents" ADD CONSTRAINT "apiai_intents_agent_id_apiai_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."apiai_agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "apiai_sessions" ADD CONSTRAINT "apiai_sessions_agent_id_apiai_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."apiai_agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "apiai_entities_agent_name" ON "apiai_entities" USING btree ("agent_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "apiai_intents_agent_name" ON "apiai_intents" USING btree ("agent_id","name");