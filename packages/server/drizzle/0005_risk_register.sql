CREATE TABLE "risk_matrices" (
	"version" integer PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"key" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"ai_system_id" uuid,
	"business_unit_id" uuid,
	"source" text,
	"characteristic" text,
	"consequences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"inherent_likelihood" integer NOT NULL,
	"inherent_impact" integer NOT NULL,
	"inherent_level" integer NOT NULL,
	"existing_controls" text DEFAULT '' NOT NULL,
	"residual_likelihood" integer NOT NULL,
	"residual_impact" integer NOT NULL,
	"residual_level" integer NOT NULL,
	"matrix_version" integer NOT NULL,
	"owner_id" uuid,
	"treatment" text NOT NULL,
	"status" text NOT NULL,
	"acceptance_approval_id" uuid,
	"accepted_until" date,
	"next_review_on" date
);
--> statement-breakpoint
ALTER TABLE "risk_matrices" ADD CONSTRAINT "risk_matrices_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_ai_system_id_ai_systems_id_fk" FOREIGN KEY ("ai_system_id") REFERENCES "public"."ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_matrix_version_risk_matrices_version_fk" FOREIGN KEY ("matrix_version") REFERENCES "public"."risk_matrices"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "risks_key_uq" ON "risks" USING btree ("key");--> statement-breakpoint
CREATE INDEX "risks_residual_idx" ON "risks" USING btree ("residual_level","id");--> statement-breakpoint
CREATE INDEX "risks_inherent_idx" ON "risks" USING btree ("inherent_level","id");--> statement-breakpoint
CREATE INDEX "risks_system_idx" ON "risks" USING btree ("ai_system_id");--> statement-breakpoint
CREATE INDEX "risks_owner_idx" ON "risks" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "risks_status_idx" ON "risks" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "risks_status_residual_idx" ON "risks" USING btree ("status","residual_level","id");--> statement-breakpoint
CREATE INDEX "risks_treatment_idx" ON "risks" USING btree ("treatment");--> statement-breakpoint
CREATE INDEX "risks_unit_idx" ON "risks" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "risks_title_idx" ON "risks" USING btree ("title");--> statement-breakpoint
CREATE INDEX "risks_residual_cell_idx" ON "risks" USING btree ("residual_likelihood","residual_impact");--> statement-breakpoint
CREATE INDEX "risks_inherent_cell_idx" ON "risks" USING btree ("inherent_likelihood","inherent_impact");
--> statement-breakpoint
INSERT INTO "risk_matrices" ("version", "definition") VALUES (1, '{"likelihood":[{"label":"Rare","definition":""},{"label":"Unlikely","definition":""},{"label":"Possible","definition":""},{"label":"Likely","definition":""},{"label":"Almost certain","definition":""}],"impact":[{"label":"Negligible","definition":""},{"label":"Minor","definition":""},{"label":"Moderate","definition":""},{"label":"Major","definition":""},{"label":"Severe","definition":""}],"levels":[{"id":"low","label":"Low","color":"#2f9e44","appetite":"acceptable"},{"id":"medium","label":"Medium","color":"#f08c00","appetite":"acceptable"},{"id":"high","label":"High","color":"#e8590c","appetite":"needs_treatment"},{"id":"critical","label":"Critical","color":"#c92a2a","appetite":"unacceptable"}],"grid":[[0,0,0,0,1],[0,0,1,1,1],[0,1,1,2,2],[0,1,2,2,3],[1,1,2,3,3]]}'::jsonb);
