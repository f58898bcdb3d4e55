CREATE TABLE "ai_system_classifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ai_system_id" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"rules_version" text NOT NULL,
	"eu_risk_class" text NOT NULL,
	"result" jsonb NOT NULL,
	"trigger" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"intended_use" text DEFAULT '' NOT NULL,
	"foreseeable_misuse" text DEFAULT '' NOT NULL,
	"business_unit_id" uuid,
	"owner_id" uuid,
	"lifecycle_stage" text NOT NULL,
	"personal_data_description" text DEFAULT '' NOT NULL,
	"profile" jsonb NOT NULL,
	"models" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"datasets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"vendors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eu_risk_class" text NOT NULL,
	"framework_refs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"classification" jsonb NOT NULL,
	"classified_at" timestamp (3) with time zone NOT NULL,
	"intake_request_id" uuid,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"approver_role" text,
	"approver_user_id" uuid,
	"status" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"status" text NOT NULL,
	"current_step" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "intake_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"fields" jsonb NOT NULL,
	"classification" jsonb NOT NULL,
	"eu_risk_class" text NOT NULL,
	"approval_id" uuid,
	"ai_system_id" uuid,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid,
	"role" text,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "aims_profile" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organization_roles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"risk_appetite" text DEFAULT '' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "context_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"threatened_objectives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"business_unit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "interested_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"requirements" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objective_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"objective_id" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"annex_c_objective" text,
	"measure" text NOT NULL,
	"baseline" double precision,
	"target" double precision NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"current_value" double precision,
	"owner_id" uuid,
	"due_date" date,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scope_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"business_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ai_system_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"exclusions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"boundaries" text DEFAULT '' NOT NULL,
	"reassess_by" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "ai_system_classifications" ADD CONSTRAINT "ai_system_classifications_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD CONSTRAINT "ai_systems_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD CONSTRAINT "ai_systems_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "public"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_approver_user_id_users_id_fk" FOREIGN KEY ("approver_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_requests" ADD CONSTRAINT "intake_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_requests" ADD CONSTRAINT "intake_requests_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aims_profile" ADD CONSTRAINT "aims_profile_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "context_issues" ADD CONSTRAINT "context_issues_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_progress" ADD CONSTRAINT "objective_progress_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_progress" ADD CONSTRAINT "objective_progress_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_versions" ADD CONSTRAINT "scope_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_versions" ADD CONSTRAINT "scope_versions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_system_classifications_system_idx" ON "ai_system_classifications" USING btree ("ai_system_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_systems_key_uq" ON "ai_systems" USING btree ("key");--> statement-breakpoint
CREATE INDEX "ai_systems_name_idx" ON "ai_systems" USING btree ("name");--> statement-breakpoint
CREATE INDEX "ai_systems_stage_idx" ON "ai_systems" USING btree ("lifecycle_stage","id");--> statement-breakpoint
CREATE INDEX "ai_systems_class_idx" ON "ai_systems" USING btree ("eu_risk_class","id");--> statement-breakpoint
CREATE INDEX "ai_systems_unit_idx" ON "ai_systems" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "ai_systems_owner_idx" ON "ai_systems" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "ai_systems_created_idx" ON "ai_systems" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ai_systems_updated_idx" ON "ai_systems" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "ai_systems_frameworks_idx" ON "ai_systems" USING gin ("framework_refs");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_steps_position_uq" ON "approval_steps" USING btree ("approval_id","position");--> statement-breakpoint
CREATE INDEX "approval_steps_inbox_role_idx" ON "approval_steps" USING btree ("status","approver_role");--> statement-breakpoint
CREATE INDEX "approval_steps_inbox_user_idx" ON "approval_steps" USING btree ("status","approver_user_id");--> statement-breakpoint
CREATE INDEX "approvals_subject_idx" ON "approvals" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "approvals_status_idx" ON "approvals" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_requests_key_uq" ON "intake_requests" USING btree ("key");--> statement-breakpoint
CREATE INDEX "intake_requests_status_idx" ON "intake_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "intake_requests_requester_idx" ON "intake_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_role_idx" ON "notifications" USING btree ("role","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "context_issues_key_uq" ON "context_issues" USING btree ("key");--> statement-breakpoint
CREATE INDEX "context_issues_kind_idx" ON "context_issues" USING btree ("kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interested_parties_key_uq" ON "interested_parties" USING btree ("key");--> statement-breakpoint
CREATE INDEX "interested_parties_name_idx" ON "interested_parties" USING btree ("name");--> statement-breakpoint
CREATE INDEX "objective_progress_objective_idx" ON "objective_progress" USING btree ("objective_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "objectives_key_uq" ON "objectives" USING btree ("key");--> statement-breakpoint
CREATE INDEX "objectives_status_idx" ON "objectives" USING btree ("status","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "scope_versions_number_uq" ON "scope_versions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "scope_versions_status_idx" ON "scope_versions" USING btree ("status");
--> statement-breakpoint
INSERT INTO "aims_profile" ("id") VALUES (1);
