CREATE TABLE "parley_timers" (
	"queue" text NOT NULL,
	"key" text NOT NULL,
	"token" text NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "parley_timers_queue_key_pk" PRIMARY KEY("queue","key")
);
--> statement-breakpoint
CREATE INDEX "parley_timers_due" ON "parley_timers" USING btree ("queue","run_at");