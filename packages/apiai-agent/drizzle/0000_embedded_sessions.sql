CREATE TABLE "apiai_embedded_sessions" (
	"agent" text NOT NULL,
	"session_id" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "apiai_embedded_sessions_agent_session_id_pk" PRIMARY KEY("agent","session_id")
);
