import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";

/** The AI system inventory (ISO/IEC 42001 4.1, A.4; EU AI Act Art. 49 registration facts). */
export const aiSystems = pgTable(
  "ai_systems",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    purpose: text("purpose").notNull().default(""),
    intendedUse: text("intended_use").notNull().default(""),
    foreseeableMisuse: text("foreseeable_misuse").notNull().default(""),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    ownerId: uuid("owner_id").references(() => users.id),
    lifecycleStage: text("lifecycle_stage").notNull(),
    personalDataDescription: text("personal_data_description").notNull().default(""),
    profile: jsonb("profile").notNull(),
    models: jsonb("models").notNull().default([]),
    datasets: jsonb("datasets").notNull().default([]),
    vendors: jsonb("vendors").notNull().default([]),
    /** Latest classification, denormalized for filtering and sorting. */
    euRiskClass: text("eu_risk_class").notNull(),
    frameworkRefs: jsonb("framework_refs").notNull().default([]),
    classification: jsonb("classification").notNull(),
    classifiedAt: ts("classified_at").notNull(),
    intakeRequestId: uuid("intake_request_id"),
    /** Lower-cased name, purpose, model and vendor names: what the duplicate check searches. */
    searchText: text("search_text").notNull().default(""),
  },
  (t) => [
    uniqueIndex("ai_systems_key_uq").on(t.key),
    index("ai_systems_key_number_idx").on(sql`(split_part(${t.key}, '-', 2)::int)`),
    index("ai_systems_name_idx").on(t.name),
    index("ai_systems_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("ai_systems_key_trgm_idx").using("gin", sql`${t.key} gin_trgm_ops`),
    index("ai_systems_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("ai_systems_stage_idx").on(t.lifecycleStage, t.id),
    index("ai_systems_class_idx").on(t.euRiskClass, t.id),
    index("ai_systems_unit_idx").on(t.businessUnitId),
    index("ai_systems_owner_idx").on(t.ownerId),
    index("ai_systems_created_idx").on(t.createdAt),
    index("ai_systems_updated_idx").on(t.updatedAt),
    index("ai_systems_frameworks_idx").using("gin", t.frameworkRefs),
  ],
);

/** Every classification a system has had: reclassification keeps the history. */
export const aiSystemClassifications = pgTable(
  "ai_system_classifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    aiSystemId: uuid("ai_system_id")
      .notNull()
      .references(() => aiSystems.id),
    at: ts("at").notNull().defaultNow(),
    rulesVersion: text("rules_version").notNull(),
    euRiskClass: text("eu_risk_class").notNull(),
    result: jsonb("result").notNull(),
    trigger: text("trigger").notNull(),
  },
  (t) => [index("ai_system_classifications_system_idx").on(t.aiSystemId, t.at)],
);

/** A request to start a new AI use case (intake), screened and approved before registration. */
export const intakeRequests = pgTable(
  "intake_requests",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    status: text("status").notNull(),
    fields: jsonb("fields").notNull(),
    classification: jsonb("classification").notNull(),
    euRiskClass: text("eu_risk_class").notNull(),
    approvalId: uuid("approval_id"),
    aiSystemId: uuid("ai_system_id").references(() => aiSystems.id),
    decisionReason: text("decision_reason"),
  },
  (t) => [
    uniqueIndex("intake_requests_key_uq").on(t.key),
    index("intake_requests_status_idx").on(t.status, t.createdAt),
    index("intake_requests_requester_idx").on(t.requesterId),
  ],
);

/** Generic approvals: ordered steps naming an approver role or user (reused by later features). */
export const approvals = pgTable(
  "approvals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectType: text("subject_type").notNull(),
    subjectId: uuid("subject_id").notNull(),
    title: text("title").notNull(),
    requesterId: uuid("requester_id")
      .notNull()
      .references(() => users.id),
    status: text("status").notNull(),
    currentStep: integer("current_step").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    completedAt: ts("completed_at"),
  },
  (t) => [
    index("approvals_subject_idx").on(t.subjectType, t.subjectId),
    index("approvals_status_idx").on(t.status),
  ],
);

export const approvalSteps = pgTable(
  "approval_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    approvalId: uuid("approval_id")
      .notNull()
      .references(() => approvals.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    approverRole: text("approver_role"),
    approverUserId: uuid("approver_user_id").references(() => users.id),
    status: text("status").notNull(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: ts("decided_at"),
    comment: text("comment"),
  },
  (t) => [
    uniqueIndex("approval_steps_position_uq").on(t.approvalId, t.position),
    index("approval_steps_inbox_role_idx").on(t.status, t.approverRole),
    index("approval_steps_inbox_user_idx").on(t.status, t.approverUserId),
  ],
);

/** In-app notifications (reminders), addressed to a user or to everyone holding a role. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id),
    role: text("role"),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    link: text("link"),
    createdAt: ts("created_at").notNull().defaultNow(),
    readAt: ts("read_at"),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_role_idx").on(t.role, t.createdAt),
  ],
);

/** Sorting by key means by its number (AIS-10 after AIS-9); an expression index serves it. */
export const aiSystemKeyNumber = sql`(split_part(${aiSystems.key}, '-', 2)::int)`;
