-- Entity and intent ids are unique per agent (they survive export and import into another agent).
ALTER TABLE "apiai_entities" DROP CONSTRAINT "apiai_entities_pkey";--> statement-breakpoint
ALTER TABLE "apiai_intents" DROP CONSTRAINT "apiai_intents_pkey";--> statement-breakpoint
ALTER TABLE "apiai_entities" ADD CONSTRAINT "apiai_entities_agent_id_id_pk" PRIMARY KEY("agent_id","id");--> statement-breakpoint
ALTER TABLE "apiai_intents" ADD CONSTRAINT "apiai_intents_agent_id_id_pk" PRIMARY KEY("agent_id","id");
