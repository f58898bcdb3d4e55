import {
  date,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  boolean,
  integer,
} from "drizzle-orm/pg-core";
import { recordColumns } from "./columns.js";
import { users } from "./users.js";
import { evidence } from "./evidence.js";

/**
 * The organization's AIMS job roles (ISO/IEC 42001 5.3, A.3.2) — e.g. "AI governance lead",
 * "ML engineer" — distinct from the product's access roles.
 */
export const orgRoles = pgTable(
  "org_roles",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [uniqueIndex("org_roles_key_uq").on(t.key), uniqueIndex("org_roles_name_uq").on(t.name)],
);

export const orgRoleMembers = pgTable(
  "org_role_members",
  {
    roleId: uuid("role_id")
      .notNull()
      .references(() => orgRoles.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.userId] }), index("org_role_members_user_idx").on(t.userId)],
);

/**
 * RACI matrix (ISO/IEC 42001 5.3, A.3.2): who is Responsible, Accountable, Consulted or Informed for
 * an AIMS process or an AI system. The assignee is a person or an organization role.
 */
export const raciAssignments = pgTable(
  "raci_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** process | ai_system */
    subjectType: text("subject_type").notNull(),
    /** Process code from core, or an AI system id. */
    subjectId: text("subject_id").notNull(),
    /** user | org_role */
    assigneeType: text("assignee_type").notNull(),
    assigneeId: uuid("assignee_id").notNull(),
    /** R | A | C | I */
    responsibility: text("responsibility").notNull(),
  },
  (t) => [
    uniqueIndex("raci_cell_uq").on(
      t.subjectType,
      t.subjectId,
      t.assigneeType,
      t.assigneeId,
      t.responsibility,
    ),
    index("raci_assignee_idx").on(t.assigneeType, t.assigneeId),
  ],
);

/** Competences the organization requires (ISO/IEC 42001 7.2, A.4.6; EU AI Act Art. 4 AI literacy). */
export const competences = pgTable(
  "competences",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Counts toward AI literacy (EU AI Act Art. 4). */
    aiLiteracy: boolean("ai_literacy").notNull().default(false),
    /** Default validity of training for it, in months; null = does not expire. */
    validityMonths: integer("validity_months"),
  },
  (t) => [uniqueIndex("competences_key_uq").on(t.key), uniqueIndex("competences_name_uq").on(t.name)],
);

/** Which competences a role requires. */
export const roleCompetences = pgTable(
  "role_competences",
  {
    roleId: uuid("role_id")
      .notNull()
      .references(() => orgRoles.id),
    competenceId: uuid("competence_id")
      .notNull()
      .references(() => competences.id),
  },
  (t) => [
    primaryKey({ columns: [t.roleId, t.competenceId] }),
    index("role_competences_comp_idx").on(t.competenceId),
  ],
);

/** Training and other proof of competence per person (ISO/IEC 42001 7.2 d). */
export const trainingRecords = pgTable(
  "training_records",
  {
    ...recordColumns(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    competenceId: uuid("competence_id")
      .notNull()
      .references(() => competences.id),
    course: text("course").notNull(),
    completedOn: date("completed_on").notNull(),
    expiresOn: date("expires_on"),
    evidenceId: uuid("evidence_id").references(() => evidence.id),
    note: text("note").notNull().default(""),
  },
  (t) => [
    index("training_records_user_idx").on(t.userId, t.competenceId),
    index("training_records_comp_idx").on(t.competenceId),
    index("training_records_expires_idx").on(t.expiresOn),
  ],
);
