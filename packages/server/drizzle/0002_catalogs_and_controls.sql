CREATE TABLE "crosswalk_entries" (
	"crosswalk_ref" text NOT NULL,
	"from_key" text NOT NULL,
	"to_key" text NOT NULL,
	"relationship" text NOT NULL,
	"rationale" text NOT NULL,
	"confidence" text NOT NULL,
	"source" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "crosswalk_entries_crosswalk_ref_from_key_to_key_pk" PRIMARY KEY("crosswalk_ref","from_key","to_key")
);
--> statement-breakpoint
CREATE TABLE "crosswalks" (
	"ref" text PRIMARY KEY NOT NULL,
	"from_ref" text NOT NULL,
	"to_ref" text NOT NULL,
	"title" text,
	"is_custom" boolean DEFAULT false NOT NULL,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"loaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"ref" text PRIMARY KEY NOT NULL,
	"framework_id" text NOT NULL,
	"version" text NOT NULL,
	"name" text NOT NULL,
	"is_custom" boolean DEFAULT false NOT NULL,
	"meta" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"loaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"key" text PRIMARY KEY NOT NULL,
	"framework_ref" text NOT NULL,
	"requirement_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"kind" text NOT NULL,
	"assessable" boolean NOT NULL,
	"parent_id" text,
	"tags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"effective_from" text,
	"citation" text,
	"aliases" jsonb,
	"sort_order" integer NOT NULL,
	"is_withdrawn" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "control_requirements" (
	"control_id" uuid NOT NULL,
	"requirement_key" text NOT NULL,
	"coverage" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "control_requirements_control_id_requirement_key_pk" PRIMARY KEY("control_id","requirement_key")
);
--> statement-breakpoint
CREATE TABLE "controls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"business_unit_id" uuid,
	"frequency" text NOT NULL,
	"implementation_status" text NOT NULL,
	"effectiveness" text NOT NULL,
	"template_code" text
);
--> statement-breakpoint
ALTER TABLE "crosswalk_entries" ADD CONSTRAINT "crosswalk_entries_crosswalk_ref_crosswalks_ref_fk" FOREIGN KEY ("crosswalk_ref") REFERENCES "public"."crosswalks"("ref") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalks" ADD CONSTRAINT "crosswalks_from_ref_frameworks_ref_fk" FOREIGN KEY ("from_ref") REFERENCES "public"."frameworks"("ref") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalks" ADD CONSTRAINT "crosswalks_to_ref_frameworks_ref_fk" FOREIGN KEY ("to_ref") REFERENCES "public"."frameworks"("ref") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_framework_ref_frameworks_ref_fk" FOREIGN KEY ("framework_ref") REFERENCES "public"."frameworks"("ref") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_requirements" ADD CONSTRAINT "control_requirements_control_id_controls_id_fk" FOREIGN KEY ("control_id") REFERENCES "public"."controls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "control_requirements" ADD CONSTRAINT "control_requirements_requirement_key_requirements_key_fk" FOREIGN KEY ("requirement_key") REFERENCES "public"."requirements"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controls" ADD CONSTRAINT "controls_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "controls" ADD CONSTRAINT "controls_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "crosswalk_entries_from_idx" ON "crosswalk_entries" USING btree ("from_key");--> statement-breakpoint
CREATE INDEX "crosswalk_entries_to_idx" ON "crosswalk_entries" USING btree ("to_key");--> statement-breakpoint
CREATE UNIQUE INDEX "crosswalks_pair_uq" ON "crosswalks" USING btree ("from_ref","to_ref");--> statement-breakpoint
CREATE INDEX "requirements_framework_order_idx" ON "requirements" USING btree ("framework_ref","sort_order");--> statement-breakpoint
CREATE INDEX "requirements_parent_idx" ON "requirements" USING btree ("framework_ref","parent_id");--> statement-breakpoint
CREATE INDEX "control_requirements_req_idx" ON "control_requirements" USING btree ("requirement_key");--> statement-breakpoint
CREATE UNIQUE INDEX "controls_code_uq" ON "controls" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "controls_key_uq" ON "controls" USING btree ("key");--> statement-breakpoint
CREATE INDEX "controls_title_idx" ON "controls" USING btree ("title");--> statement-breakpoint
CREATE INDEX "controls_status_idx" ON "controls" USING btree ("implementation_status");--> statement-breakpoint
CREATE INDEX "controls_unit_idx" ON "controls" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "controls_template_idx" ON "controls" USING btree ("template_code");--> statement-breakpoint
CREATE INDEX "controls_created_at_idx" ON "controls" USING btree ("created_at");