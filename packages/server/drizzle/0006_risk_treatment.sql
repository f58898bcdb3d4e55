CREATE TABLE "risk_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"risk_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_treatment_links" (
	"risk_id" uuid NOT NULL,
	"target" text NOT NULL,
	CONSTRAINT "risk_treatment_links_risk_id_target_pk" PRIMARY KEY("risk_id","target")
);
--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_actions" ADD CONSTRAINT "risk_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_treatment_links" ADD CONSTRAINT "risk_treatment_links_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_actions_risk_idx" ON "risk_actions" USING btree ("risk_id");--> statement-breakpoint
CREATE INDEX "risk_actions_due_idx" ON "risk_actions" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "risk_treatment_links_target_idx" ON "risk_treatment_links" USING btree ("target");