CREATE TABLE "document_acknowledgements" (
	"publication_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"acknowledged_at" timestamp (3) with time zone,
	CONSTRAINT "document_acknowledgements_publication_id_user_id_pk" PRIMARY KEY("publication_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "document_links" (
	"document_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	CONSTRAINT "document_links_document_id_target_type_target_id_pk" PRIMARY KEY("document_id","target_type","target_id")
);
--> statement-breakpoint
CREATE TABLE "document_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"revision_number" integer NOT NULL,
	"audience" jsonb NOT NULL,
	"due_on" date,
	"note" text DEFAULT '' NOT NULL,
	"published_by" uuid,
	"published_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"overdue_reminder_sent_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "document_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"approval_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"decided_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"business_unit_id" uuid,
	"template_code" text,
	"effective_revision" integer,
	"pending_revision" integer,
	"approval_id" uuid,
	"review_every_months" integer,
	"next_review_on" date,
	"last_reviewed_at" timestamp (3) with time zone,
	"review_reminder_sent_for" date,
	"retired_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"sha256" text,
	"collected_on" date NOT NULL,
	"effective_on" date,
	"valid_until" date,
	"owner_id" uuid,
	"business_unit_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"expiry_reminder_sent_for" date
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"evidence_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_links" (
	"evidence_id" uuid NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_links_evidence_id_target_type_target_id_pk" PRIMARY KEY("evidence_id","target_type","target_id")
);
--> statement-breakpoint
CREATE TABLE "competences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ai_literacy" boolean DEFAULT false NOT NULL,
	"validity_months" integer
);
--> statement-breakpoint
CREATE TABLE "org_role_members" (
	"role_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "org_role_members_role_id_user_id_pk" PRIMARY KEY("role_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "org_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "raci_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"assignee_type" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"responsibility" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_competences" (
	"role_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	CONSTRAINT "role_competences_role_id_competence_id_pk" PRIMARY KEY("role_id","competence_id")
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"user_id" uuid NOT NULL,
	"competence_id" uuid NOT NULL,
	"course" text NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date,
	"evidence_id" uuid,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"ai_system_id" uuid,
	"reporter_id" uuid,
	"anonymous" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"severity" text,
	"assignee_id" uuid,
	"triage_note" text DEFAULT '' NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"closed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "ai_system_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ai_system_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_acknowledgements" ADD CONSTRAINT "document_acknowledgements_publication_id_document_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."document_publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_acknowledgements" ADD CONSTRAINT "document_acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_links" ADD CONSTRAINT "document_links_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_publications" ADD CONSTRAINT "document_publications_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_publications" ADD CONSTRAINT "document_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_revisions" ADD CONSTRAINT "document_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_role_members" ADD CONSTRAINT "org_role_members_role_id_org_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."org_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_role_members" ADD CONSTRAINT "org_role_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_competences" ADD CONSTRAINT "role_competences_role_id_org_roles_id_fk" FOREIGN KEY ("role_id") REFERENCES "public"."org_roles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_competences" ADD CONSTRAINT "role_competences_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_competence_id_competences_id_fk" FOREIGN KEY ("competence_id") REFERENCES "public"."competences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_system_resources" ADD CONSTRAINT "ai_system_resources_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_system_resources" ADD CONSTRAINT "ai_system_resources_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_acks_user_idx" ON "document_acknowledgements" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "document_links_target_idx" ON "document_links" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "document_publications_doc_idx" ON "document_publications" USING btree ("document_id","published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_revisions_number_uq" ON "document_revisions" USING btree ("document_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_key_uq" ON "documents" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_template_uq" ON "documents" USING btree ("template_code");--> statement-breakpoint
CREATE INDEX "documents_status_idx" ON "documents" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "documents_unit_idx" ON "documents" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "documents_review_idx" ON "documents" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "documents_updated_idx" ON "documents" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "documents_title_trgm_idx" ON "documents" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_key_uq" ON "evidence" USING btree ("key");--> statement-breakpoint
CREATE INDEX "evidence_valid_idx" ON "evidence" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "evidence_unit_idx" ON "evidence" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "evidence_owner_idx" ON "evidence" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "evidence_created_idx" ON "evidence" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "evidence_sha_idx" ON "evidence" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "evidence_title_trgm_idx" ON "evidence" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "evidence_links_target_idx" ON "evidence_links" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "competences_key_uq" ON "competences" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "competences_name_uq" ON "competences" USING btree ("name");--> statement-breakpoint
CREATE INDEX "org_role_members_user_idx" ON "org_role_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "org_roles_key_uq" ON "org_roles" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "org_roles_name_uq" ON "org_roles" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "raci_cell_uq" ON "raci_assignments" USING btree ("subject_type","subject_id","assignee_type","assignee_id","responsibility");--> statement-breakpoint
CREATE INDEX "raci_assignee_idx" ON "raci_assignments" USING btree ("assignee_type","assignee_id");--> statement-breakpoint
CREATE INDEX "role_competences_comp_idx" ON "role_competences" USING btree ("competence_id");--> statement-breakpoint
CREATE INDEX "training_records_user_idx" ON "training_records" USING btree ("user_id","competence_id");--> statement-breakpoint
CREATE INDEX "training_records_comp_idx" ON "training_records" USING btree ("competence_id");--> statement-breakpoint
CREATE INDEX "training_records_expires_idx" ON "training_records" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "concerns_key_uq" ON "concerns" USING btree ("key");--> statement-breakpoint
CREATE INDEX "concerns_status_idx" ON "concerns" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "concerns_reporter_idx" ON "concerns" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "concerns_system_idx" ON "concerns" USING btree ("ai_system_id");--> statement-breakpoint
CREATE INDEX "concerns_created_idx" ON "concerns" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "concerns_title_trgm_idx" ON "concerns" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ai_system_resources_system_idx" ON "ai_system_resources" USING btree ("ai_system_id","kind");