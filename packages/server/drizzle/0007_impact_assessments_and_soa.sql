CREATE TABLE "impact_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"ai_system_id" uuid NOT NULL,
	"business_unit_id" uuid,
	"title" text NOT NULL,
	"revision" integer NOT NULL,
	"previous_id" uuid,
	"status" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prefilled_from" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completeness" integer DEFAULT 0 NOT NULL,
	"score" jsonb,
	"owner_id" uuid,
	"approval_id" uuid,
	"approved_at" timestamp (3) with time zone,
	"valid_until" date,
	"due_reason" text,
	"due_since" timestamp (3) with time zone,
	"system_version_assessed" integer
);
--> statement-breakpoint
CREATE TABLE "soa_entries" (
	"control_key" text PRIMARY KEY NOT NULL,
	"applicable" boolean,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"exclusion_justification" text DEFAULT '' NOT NULL,
	"implementation_status" text DEFAULT 'not_started' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "soa_versions" (
	"number" integer PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"approval_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"decided_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "soa_entries" ADD CONSTRAINT "soa_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "soa_versions" ADD CONSTRAINT "soa_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "impact_assessments_key_uq" ON "impact_assessments" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "impact_assessments_revision_uq" ON "impact_assessments" USING btree ("ai_system_id","template_id","revision");--> statement-breakpoint
CREATE INDEX "impact_assessments_status_idx" ON "impact_assessments" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "impact_assessments_template_idx" ON "impact_assessments" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "impact_assessments_valid_idx" ON "impact_assessments" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "impact_assessments_unit_idx" ON "impact_assessments" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "impact_assessments_updated_idx" ON "impact_assessments" USING btree ("updated_at");