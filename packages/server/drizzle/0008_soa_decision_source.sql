ALTER TABLE "soa_entries" ADD COLUMN "decision_source" text;--> statement-breakpoint
ALTER TABLE "soa_entries" ADD COLUMN "proposal" jsonb;