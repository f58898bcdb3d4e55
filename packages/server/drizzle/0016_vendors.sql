CREATE TABLE "campaign_answers" (
	"campaign_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"value" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_answers_campaign_id_question_id_pk" PRIMARY KEY("campaign_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"evidence_id" uuid,
	"uploaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"question_id" text,
	"question" text NOT NULL,
	"answer" text,
	"asked_by_id" uuid,
	"asked_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid,
	"kind" text NOT NULL,
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "questionnaire_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"origin" text,
	"owner_id" uuid
);
--> statement-breakpoint
CREATE TABLE "vendor_ai_systems" (
	"vendor_id" uuid NOT NULL,
	"ai_system_id" uuid NOT NULL,
	"component" text DEFAULT '' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendor_ai_systems_vendor_id_ai_system_id_pk" PRIMARY KEY("vendor_id","ai_system_id")
);
--> statement-breakpoint
CREATE TABLE "vendor_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"vendor_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"contact_id" uuid,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"status" text NOT NULL,
	"due_on" date NOT NULL,
	"link_expires_at" timestamp (3) with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"opened_at" timestamp (3) with time zone,
	"last_access_at" timestamp (3) with time zone,
	"submitted_at" timestamp (3) with time zone,
	"reviewed_at" timestamp (3) with time zone,
	"reviewer_id" uuid,
	"sent_by_id" uuid,
	"score" integer,
	"score_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rating" text,
	"review_note" text DEFAULT '' NOT NULL,
	"answers_evidence_id" uuid,
	"risk_id" uuid,
	"reminder_sent_for" date,
	"message" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"issuer" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"expires_on" date,
	"evidence_id" uuid,
	"expiry_reminder_sent_for" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor_risk_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vendor_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"score" integer,
	"reason" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"campaign_id" uuid,
	"actor_label" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"legal_name" text DEFAULT '' NOT NULL,
	"website" text,
	"description" text DEFAULT '' NOT NULL,
	"services" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"criticality" text NOT NULL,
	"data_shared" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"data_shared_note" text DEFAULT '' NOT NULL,
	"contract_start" date,
	"contract_end" date,
	"owner_id" uuid,
	"business_unit_id" uuid,
	"risk_rating" text,
	"last_score" integer,
	"review_cadence_months" integer DEFAULT 12 NOT NULL,
	"last_reviewed_on" date,
	"next_review_on" date,
	"review_reminder_sent_for" date,
	"notes" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_answers" ADD CONSTRAINT "campaign_answers_campaign_id_vendor_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."vendor_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_files" ADD CONSTRAINT "campaign_files_campaign_id_vendor_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."vendor_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_files" ADD CONSTRAINT "campaign_files_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_follow_ups" ADD CONSTRAINT "campaign_follow_ups_campaign_id_vendor_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."vendor_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_follow_ups" ADD CONSTRAINT "campaign_follow_ups_asked_by_id_users_id_fk" FOREIGN KEY ("asked_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbound_messages" ADD CONSTRAINT "outbound_messages_campaign_id_vendor_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."vendor_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_templates" ADD CONSTRAINT "questionnaire_templates_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_ai_systems" ADD CONSTRAINT "vendor_ai_systems_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_ai_systems" ADD CONSTRAINT "vendor_ai_systems_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_template_id_questionnaire_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."questionnaire_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_contact_id_vendor_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."vendor_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_answers_evidence_id_evidence_id_fk" FOREIGN KEY ("answers_evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_campaigns" ADD CONSTRAINT "vendor_campaigns_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_certifications" ADD CONSTRAINT "vendor_certifications_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_certifications" ADD CONSTRAINT "vendor_certifications_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_contacts" ADD CONSTRAINT "vendor_contacts_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_risk_ratings" ADD CONSTRAINT "vendor_risk_ratings_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_files_campaign_idx" ON "campaign_files" USING btree ("campaign_id","question_id");--> statement-breakpoint
CREATE INDEX "campaign_follow_ups_campaign_idx" ON "campaign_follow_ups" USING btree ("campaign_id","asked_at");--> statement-breakpoint
CREATE INDEX "outbound_messages_campaign_idx" ON "outbound_messages" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "outbound_messages_status_idx" ON "outbound_messages" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_templates_key_uq" ON "questionnaire_templates" USING btree ("key");--> statement-breakpoint
CREATE INDEX "questionnaire_templates_status_idx" ON "questionnaire_templates" USING btree ("status");--> statement-breakpoint
CREATE INDEX "vendor_ai_systems_system_idx" ON "vendor_ai_systems" USING btree ("ai_system_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_campaigns_key_uq" ON "vendor_campaigns" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_campaigns_token_uq" ON "vendor_campaigns" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "vendor_campaigns_vendor_idx" ON "vendor_campaigns" USING btree ("vendor_id","created_at");--> statement-breakpoint
CREATE INDEX "vendor_campaigns_status_idx" ON "vendor_campaigns" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "vendor_campaigns_created_idx" ON "vendor_campaigns" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "vendor_certifications_vendor_idx" ON "vendor_certifications" USING btree ("vendor_id");--> statement-breakpoint
CREATE INDEX "vendor_certifications_expiry_idx" ON "vendor_certifications" USING btree ("expires_on");--> statement-breakpoint
CREATE INDEX "vendor_contacts_vendor_idx" ON "vendor_contacts" USING btree ("vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_contacts_email_uq" ON "vendor_contacts" USING btree ("vendor_id","email");--> statement-breakpoint
CREATE INDEX "vendor_risk_ratings_vendor_idx" ON "vendor_risk_ratings" USING btree ("vendor_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_key_uq" ON "vendors" USING btree ("key");--> statement-breakpoint
CREATE INDEX "vendors_name_idx" ON "vendors" USING btree ("name");--> statement-breakpoint
CREATE INDEX "vendors_unit_idx" ON "vendors" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "vendors_rating_idx" ON "vendors" USING btree ("risk_rating");--> statement-breakpoint
CREATE INDEX "vendors_next_review_idx" ON "vendors" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "vendors_created_idx" ON "vendors" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "vendors_name_trgm_idx" ON "vendors" USING gin ("name" gin_trgm_ops);