import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";
import { aiSystems } from "./ai-systems.js";

/**
 * AI system impact assessments (ISO/IEC 42001 6.1.4, 8.4, A.5; structured after ISO/IEC 42005), the
 * EU AI Act FRIA (Art. 27) and the Colorado deployer impact assessment. One row is one revision of
 * one template for one system; an approved revision is frozen and a re-assessment starts a new row.
 */
export const impactAssessments = pgTable(
  "impact_assessments",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    /** Template id from core (`ai-system-impact`, `eu-fria`, `colorado-deployer`). */
    templateId: text("template_id").notNull(),
    templateVersion: integer("template_version").notNull(),
    aiSystemId: uuid("ai_system_id")
      .notNull()
      .references(() => aiSystems.id),
    /** The system's business unit, copied for scoping. */
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    title: text("title").notNull(),
    /** 1, 2, …: revisions of the same template for the same system. */
    revision: integer("revision").notNull(),
    previousId: uuid("previous_id"),
    /** draft | in_review | approved | superseded */
    status: text("status").notNull(),
    /** questionId → answer; repeatable tables are arrays of row objects. */
    answers: jsonb("answers").notNull().default({}),
    /** questionId → where a pre-filled answer came from ({ assessmentKey, questionId }). */
    prefilledFrom: jsonb("prefilled_from").notNull().default({}),
    /** Percent of required, visible questions answered (computed by core). */
    completeness: integer("completeness").notNull().default(0),
    /** Score per template's scoring rule (computed by core), null until scorable. */
    score: jsonb("score"),
    ownerId: uuid("owner_id").references(() => users.id),
    approvalId: uuid("approval_id"),
    approvedAt: ts("approved_at"),
    validUntil: date("valid_until"),
    /** Why a new revision is due (substantial modification of the system, expiry), when it is. */
    dueReason: text("due_reason"),
    dueSince: ts("due_since"),
    /** The AI system's record version when the assessment was submitted for approval. */
    systemVersionAssessed: integer("system_version_assessed"),
  },
  (t) => [
    uniqueIndex("impact_assessments_key_uq").on(t.key),
    uniqueIndex("impact_assessments_revision_uq").on(t.aiSystemId, t.templateId, t.revision),
    index("impact_assessments_status_idx").on(t.status, t.id),
    index("impact_assessments_template_idx").on(t.templateId),
    index("impact_assessments_valid_idx").on(t.validUntil),
    index("impact_assessments_unit_idx").on(t.businessUnitId),
    index("impact_assessments_updated_idx").on(t.updatedAt),
    index("impact_assessments_created_idx").on(t.createdAt),
    index("impact_assessments_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("impact_assessments_key_trgm_idx").using("gin", sql`${t.key} gin_trgm_ops`),
    index("impact_assessments_system_idx").on(t.aiSystemId, t.createdAt),
  ],
);
