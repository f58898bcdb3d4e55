import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea, recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";

/**
 * Evidence (ISO/IEC 42001 7.5.3, 9.1): a stored file or a link, with when it was collected, from when
 * it holds and until when. Expired evidence stops counting in coverage.
 */
export const evidence = pgTable(
  "evidence",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** file | link */
    kind: text("kind").notNull(),
    url: text("url"),
    fileName: text("file_name"),
    contentType: text("content_type"),
    sizeBytes: integer("size_bytes"),
    /** Hex SHA-256 of the stored bytes. */
    sha256: text("sha256"),
    collectedOn: date("collected_on").notNull(),
    effectiveOn: date("effective_on"),
    validUntil: date("valid_until"),
    ownerId: uuid("owner_id").references(() => users.id),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    /** manual | vendor_questionnaire | … — where it came from. */
    source: text("source").notNull().default("manual"),
    expiryReminderSentFor: date("expiry_reminder_sent_for"),
  },
  (t) => [
    uniqueIndex("evidence_key_uq").on(t.key),
    index("evidence_valid_idx").on(t.validUntil),
    index("evidence_unit_idx").on(t.businessUnitId),
    index("evidence_owner_idx").on(t.ownerId),
    index("evidence_created_idx").on(t.createdAt),
    index("evidence_sha_idx").on(t.sha256),
    index("evidence_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);

/** File bytes, apart so lists never read them. */
export const evidenceFiles = pgTable("evidence_files", {
  evidenceId: uuid("evidence_id")
    .primaryKey()
    .references(() => evidence.id),
  content: bytea("content").notNull(),
});

/** Evidence supports many records: controls, requirements, risks, AI systems, documents, vendors. */
export const evidenceLinks = pgTable(
  "evidence_links",
  {
    evidenceId: uuid("evidence_id")
      .notNull()
      .references(() => evidence.id),
    /** control | requirement | risk | ai_system | document | vendor */
    targetType: text("target_type").notNull(),
    /** Record id, or the catalog key of a requirement. */
    targetId: text("target_id").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.evidenceId, t.targetType, t.targetId] }),
    index("evidence_links_target_idx").on(t.targetType, t.targetId),
  ],
);
