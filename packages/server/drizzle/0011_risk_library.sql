CREATE TABLE "risk_library_entries" (
	"code" text PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"fields" jsonb NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "risk_library_entries" ADD CONSTRAINT "risk_library_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;