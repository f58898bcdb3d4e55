import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { ts } from "./columns.js";

/** Framework versions: built-in ones loaded from catalogs/ at start, custom ones imported by users. */
export const frameworks = pgTable("frameworks", {
  ref: text("ref").primaryKey(),
  frameworkId: text("framework_id").notNull(),
  version: text("version").notNull(),
  name: text("name").notNull(),
  isCustom: boolean("is_custom").notNull().default(false),
  /** The whole validated file minus requirements (metadata, notes, sources). */
  meta: jsonb("meta").notNull(),
  contentHash: text("content_hash").notNull(),
  loadedAt: ts("loaded_at").notNull().defaultNow(),
});

export const requirements = pgTable(
  "requirements",
  {
    key: text("key").primaryKey(),
    frameworkRef: text("framework_ref")
      .notNull()
      .references(() => frameworks.ref),
    requirementId: text("requirement_id").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    kind: text("kind").notNull(),
    assessable: boolean("assessable").notNull(),
    parentId: text("parent_id"),
    tags: jsonb("tags").notNull().default({}),
    effectiveFrom: text("effective_from"),
    citation: text("citation"),
    aliases: jsonb("aliases"),
    sortOrder: integer("sort_order").notNull(),
    /** No longer in the framework file but still linked by a control: kept, never silently dropped. */
    isWithdrawn: boolean("is_withdrawn").notNull().default(false),
  },
  (t) => [
    index("requirements_framework_order_idx").on(t.frameworkRef, t.sortOrder),
    index("requirements_parent_idx").on(t.frameworkRef, t.parentId),
  ],
);

export const crosswalks = pgTable(
  "crosswalks",
  {
    ref: text("ref").primaryKey(),
    fromRef: text("from_ref")
      .notNull()
      .references(() => frameworks.ref),
    toRef: text("to_ref")
      .notNull()
      .references(() => frameworks.ref),
    title: text("title"),
    isCustom: boolean("is_custom").notNull().default(false),
    notes: jsonb("notes").notNull().default([]),
    contentHash: text("content_hash").notNull(),
    loadedAt: ts("loaded_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("crosswalks_pair_uq").on(t.fromRef, t.toRef)],
);

export const crosswalkEntries = pgTable(
  "crosswalk_entries",
  {
    crosswalkRef: text("crosswalk_ref")
      .notNull()
      .references(() => crosswalks.ref),
    fromKey: text("from_key").notNull(),
    toKey: text("to_key").notNull(),
    relationship: text("relationship").notNull(),
    rationale: text("rationale").notNull(),
    confidence: text("confidence").notNull(),
    source: text("source").notNull(),
    sortOrder: integer("sort_order").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.crosswalkRef, t.fromKey, t.toKey] }),
    index("crosswalk_entries_from_idx").on(t.fromKey),
    index("crosswalk_entries_to_idx").on(t.toKey),
  ],
);
