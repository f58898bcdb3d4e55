import { sql } from "drizzle-orm";
import {
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

/**
 * Documented information (ISO/IEC 42001 7.5): policies, procedures, standards and records. The row
 * holds the working copy; each submission for approval freezes a numbered revision.
 */
export const documents = pgTable(
  "documents",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    /** policy | procedure | standard | record | other */
    kind: text("kind").notNull(),
    /** draft | in_review | approved | retired */
    status: text("status").notNull(),
    /** Markdown of the working copy. */
    content: text("content").notNull().default(""),
    summary: text("summary").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    /** Starter document this one was adopted from (`ai-policy`, …), null for the organization's own. */
    templateCode: text("template_code"),
    /** Number of the approved revision in force, null until one is approved. */
    effectiveRevision: integer("effective_revision"),
    /** Revision waiting for approval, with its approval. */
    pendingRevision: integer("pending_revision"),
    approvalId: uuid("approval_id"),
    /** Review cadence in months (ISO/IEC 42001 A.2.4); null = no periodic review. */
    reviewEveryMonths: integer("review_every_months"),
    nextReviewOn: date("next_review_on"),
    lastReviewedAt: ts("last_reviewed_at"),
    reviewReminderSentFor: date("review_reminder_sent_for"),
    retiredAt: ts("retired_at"),
  },
  (t) => [
    uniqueIndex("documents_key_uq").on(t.key),
    uniqueIndex("documents_template_uq").on(t.templateCode),
    index("documents_status_idx").on(t.status, t.id),
    index("documents_kind_idx").on(t.kind),
    index("documents_owner_idx").on(t.ownerId),
    index("documents_unit_idx").on(t.businessUnitId),
    index("documents_review_idx").on(t.nextReviewOn),
    index("documents_updated_idx").on(t.updatedAt),
    index("documents_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/** Frozen revisions: what was submitted, approved or rejected, for history and differences. */
export const documentRevisions = pgTable(
  "document_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    content: text("content").notNull(),
    changeNote: text("change_note").notNull().default(""),
    /** in_review | approved | rejected | superseded */
    status: text("status").notNull(),
    approvalId: uuid("approval_id"),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by").references(() => users.id),
    decidedAt: ts("decided_at"),
  },
  (t) => [uniqueIndex("document_revisions_number_uq").on(t.documentId, t.number)],
);

/** A document's links to requirements (catalog keys) and the organization's controls. */
export const documentLinks = pgTable(
  "document_links",
  {
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id),
    /** requirement | control */
    targetType: text("target_type").notNull(),
    /** Requirement key or control id. */
    targetId: text("target_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.targetType, t.targetId] }),
    index("document_links_target_idx").on(t.targetType, t.targetId),
  ],
);

/** Publication of an approved revision to people who must acknowledge it (ISO/IEC 42001 7.3, 7.4). */
export const documentPublications = pgTable(
  "document_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id")
      .notNull()
      .references(() => documents.id),
    revisionNumber: integer("revision_number").notNull(),
    /** { userIds: string[], businessUnitIds: string[] } as chosen when publishing. */
    audience: jsonb("audience").notNull(),
    dueOn: date("due_on"),
    note: text("note").notNull().default(""),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: ts("published_at").notNull().defaultNow(),
    overdueReminderSentAt: ts("overdue_reminder_sent_at"),
  },
  (t) => [index("document_publications_doc_idx").on(t.documentId, t.publishedAt)],
);

/** One row per person a publication reaches: pending until they acknowledge. */
export const documentAcknowledgements = pgTable(
  "document_acknowledgements",
  {
    publicationId: uuid("publication_id")
      .notNull()
      .references(() => documentPublications.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    /** pending | acknowledged */
    status: text("status").notNull(),
    acknowledgedAt: ts("acknowledged_at"),
  },
  (t) => [
    primaryKey({ columns: [t.publicationId, t.userId] }),
    index("document_acks_user_idx").on(t.userId, t.status),
  ],
);
