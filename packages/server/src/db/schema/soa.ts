import { boolean, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns.js";
import { users } from "./users.js";

/**
 * The working Statement of Applicability (ISO/IEC 42001 6.1.3 d–e): one row per Annex A control,
 * keyed by its catalog key. The organization's controls implementing it come from control links.
 */
export const soaEntries = pgTable("soa_entries", {
  controlKey: text("control_key").primaryKey(),
  /** null until someone (or the draft) decides. */
  applicable: boolean("applicable"),
  /** Reasons for inclusion: [{ kind: risk_treatment | legal | interested_party | business, ref, note }]. */
  reasons: jsonb("reasons").notNull().default([]),
  exclusionJustification: text("exclusion_justification").notNull().default(""),
  /** not_started | planned | partial | implemented */
  implementationStatus: text("implementation_status").notNull().default("not_started"),
  notes: text("notes").notNull().default(""),
  /** Who made the applicability decision: "derived" (the draft may revise it) or "manual" (kept; 6.1.3 d). */
  decisionSource: text("decision_source"),
  /** What the last derivation suggested where it disagrees with a manual decision; null when it agrees. */
  proposal: jsonb("proposal"),
  version: integer("version").notNull().default(1),
  updatedAt: ts("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
});

/** Issued versions of the SoA: a frozen snapshot each, approved through the approval engine. */
export const soaVersions = pgTable("soa_versions", {
  number: integer("number").primaryKey(),
  /** in_review | approved | rejected */
  status: text("status").notNull(),
  snapshot: jsonb("snapshot").notNull(),
  note: text("note").notNull().default(""),
  approvalId: uuid("approval_id"),
  createdAt: ts("created_at").notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id),
  decidedAt: ts("decided_at"),
});
