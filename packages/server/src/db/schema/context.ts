import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";

/** Internal and external issues (ISO/IEC 42001 4.1) and the Annex C objectives each threatens. */
export const contextIssues = pgTable(
  "context_issues",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    kind: text("kind").notNull(),
    category: text("category").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    threatenedObjectives: jsonb("threatened_objectives").notNull().default([]),
    status: text("status").notNull(),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
  },
  (t) => [
    uniqueIndex("context_issues_key_uq").on(t.key),
    index("context_issues_kind_idx").on(t.kind, t.createdAt),
  ],
);

/** Interested parties and their requirements (ISO/IEC 42001 4.2). */
export const interestedParties = pgTable(
  "interested_parties",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
    description: text("description").notNull().default(""),
    requirements: jsonb("requirements").notNull().default([]),
  },
  (t) => [
    uniqueIndex("interested_parties_key_uq").on(t.key),
    index("interested_parties_name_idx").on(t.name),
  ],
);

/** One row: the organization's AI roles (ISO/IEC 22989) and risk appetite statement (6.1.1). */
export const aimsProfile = pgTable("aims_profile", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull().default(1),
  /** How the organization names itself to outsiders (the vendor portal, invitations). */
  organizationName: text("organization_name").notNull().default(""),
  organizationRoles: jsonb("organization_roles").notNull().default([]),
  riskAppetite: text("risk_appetite").notNull().default(""),
  updatedAt: ts("updated_at").notNull().defaultNow(),
  updatedBy: uuid("updated_by").references(() => users.id),
});

/** AI objectives (ISO/IEC 42001 6.2) with a measurable target. */
export const objectives = pgTable(
  "objectives",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    annexCObjective: text("annex_c_objective"),
    measure: text("measure").notNull(),
    baseline: doublePrecision("baseline"),
    target: doublePrecision("target").notNull(),
    unit: text("unit").notNull().default(""),
    currentValue: doublePrecision("current_value"),
    ownerId: uuid("owner_id").references(() => users.id),
    dueDate: date("due_date"),
    status: text("status").notNull(),
  },
  (t) => [uniqueIndex("objectives_key_uq").on(t.key), index("objectives_status_idx").on(t.status, t.dueDate)],
);

export const objectiveProgress = pgTable(
  "objective_progress",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    objectiveId: uuid("objective_id")
      .notNull()
      .references(() => objectives.id),
    at: ts("at").notNull().defaultNow(),
    value: doublePrecision("value").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
  },
  (t) => [index("objective_progress_objective_idx").on(t.objectiveId, t.at)],
);

/** Versioned AIMS scope (ISO/IEC 42001 4.3): drafts, one approved version, earlier ones kept. */
export const scopeVersions = pgTable(
  "scope_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: integer("number").notNull(),
    status: text("status").notNull(),
    description: text("description").notNull().default(""),
    businessUnitIds: jsonb("business_unit_ids").notNull().default([]),
    aiSystemIds: jsonb("ai_system_ids").notNull().default([]),
    exclusions: jsonb("exclusions").notNull().default([]),
    boundaries: text("boundaries").notNull().default(""),
    reassessBy: date("reassess_by"),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    approvedBy: uuid("approved_by").references(() => users.id),
    approvedAt: ts("approved_at"),
  },
  (t) => [
    uniqueIndex("scope_versions_number_uq").on(t.number),
    index("scope_versions_status_idx").on(t.status),
  ],
);
