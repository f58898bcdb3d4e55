import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";
import { aiSystems } from "./ai-systems.js";

/** Versions of the organization's risk criteria (ISO/IEC 42001 6.1.1); the newest is in force. */
export const riskMatrices = pgTable("risk_matrices", {
  version: integer("version").primaryKey(),
  definition: jsonb("definition").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id),
});

/** The AI risk register (ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3). Levels are computed by core. */
export const risks = pgTable(
  "risks",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    aiSystemId: uuid("ai_system_id").references(() => aiSystems.id),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    source: text("source"),
    characteristic: text("characteristic"),
    consequences: jsonb("consequences").notNull().default({}),
    inherentLikelihood: integer("inherent_likelihood").notNull(),
    inherentImpact: integer("inherent_impact").notNull(),
    inherentLevel: integer("inherent_level").notNull(),
    existingControls: text("existing_controls").notNull().default(""),
    residualLikelihood: integer("residual_likelihood").notNull(),
    residualImpact: integer("residual_impact").notNull(),
    residualLevel: integer("residual_level").notNull(),
    matrixVersion: integer("matrix_version")
      .notNull()
      .references(() => riskMatrices.version),
    ownerId: uuid("owner_id").references(() => users.id),
    treatment: text("treatment").notNull(),
    status: text("status").notNull(),
    acceptanceApprovalId: uuid("acceptance_approval_id"),
    acceptedUntil: date("accepted_until"),
    nextReviewOn: date("next_review_on"),
  },
  (t) => [
    uniqueIndex("risks_key_uq").on(t.key),
    index("risks_residual_idx").on(t.residualLevel, t.id),
    index("risks_inherent_idx").on(t.inherentLevel, t.id),
    index("risks_system_idx").on(t.aiSystemId),
    index("risks_owner_idx").on(t.ownerId),
    index("risks_status_idx").on(t.status, t.id),
    index("risks_status_residual_idx").on(t.status, t.residualLevel, t.id),
    index("risks_treatment_idx").on(t.treatment),
    index("risks_unit_idx").on(t.businessUnitId),
    index("risks_title_idx").on(t.title),
    // The default order (key) is creation order.
    index("risks_created_idx").on(t.createdAt, t.id),
    index("risks_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("risks_key_trgm_idx").using("gin", sql`${t.key} gin_trgm_ops`),
    index("risks_residual_cell_idx").on(t.residualLikelihood, t.residualImpact),
    index("risks_inherent_cell_idx").on(t.inherentLikelihood, t.inherentImpact),
  ],
);

/** Treatment-plan actions of a risk (ISO/IEC 42001 6.1.3 e, 8.3). */
export const riskActions = pgTable(
  "risk_actions",
  {
    ...recordColumns(),
    riskId: uuid("risk_id")
      .notNull()
      .references(() => risks.id),
    title: text("title").notNull(),
    ownerId: uuid("owner_id").references(() => users.id),
    dueOn: date("due_on"),
    status: text("status").notNull(),
  },
  (t) => [index("risk_actions_risk_idx").on(t.riskId), index("risk_actions_due_idx").on(t.status, t.dueOn)],
);

/** Controls (the organization's) and Annex A controls chosen to treat a risk; the SoA draws on these. */
export const riskTreatmentLinks = pgTable(
  "risk_treatment_links",
  {
    riskId: uuid("risk_id")
      .notNull()
      .references(() => risks.id),
    /** "control:<uuid>" for an organization control, or a catalog requirement key for Annex A. */
    target: text("target").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.riskId, t.target] }),
    index("risk_treatment_links_target_idx").on(t.target),
  ],
);

/**
 * The organization's changes to the risk library: a customized or hidden starter entry (same code)
 * or an entry of its own. Untouched starter entries are read from catalogs/risks and not stored.
 */
export const riskLibraryEntries = pgTable("risk_library_entries", {
  code: text("code").primaryKey(),
  /** customized | custom */
  origin: text("origin").notNull(),
  fields: jsonb("fields").notNull(),
  hidden: boolean("hidden").notNull().default(false),
  version: integer("version").notNull().default(1),
  updatedAt: ts("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
});
