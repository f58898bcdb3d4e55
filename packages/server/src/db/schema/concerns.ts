import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { aiSystems } from "./ai-systems.js";

/**
 * Concerns raised by anyone about AI systems or the AIMS (ISO/IEC 42001 A.3.3), triaged by managers.
 * An anonymous concern keeps its reporter only so the reporter can follow it; no one else sees who.
 */
export const concerns = pgTable(
  "concerns",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    /** safety | fairness | privacy | transparency | security | legal | other */
    category: text("category").notNull(),
    aiSystemId: uuid("ai_system_id").references(() => aiSystems.id),
    reporterId: uuid("reporter_id").references(() => users.id),
    anonymous: boolean("anonymous").notNull().default(false),
    /** new | triaged | investigating | resolved | dismissed */
    status: text("status").notNull(),
    /** low | medium | high | critical, set at triage */
    severity: text("severity"),
    assigneeId: uuid("assignee_id").references(() => users.id),
    triageNote: text("triage_note").notNull().default(""),
    resolution: text("resolution").notNull().default(""),
    closedAt: ts("closed_at"),
  },
  (t) => [
    uniqueIndex("concerns_key_uq").on(t.key),
    index("concerns_status_idx").on(t.status, t.id),
    index("concerns_reporter_idx").on(t.reporterId),
    index("concerns_system_idx").on(t.aiSystemId),
    index("concerns_created_idx").on(t.createdAt),
    index("concerns_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
  ],
);
