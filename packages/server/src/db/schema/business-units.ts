import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { recordColumns } from "./columns.js";

export const businessUnits = pgTable(
  "business_units",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [
    uniqueIndex("business_units_key_uq").on(t.key),
    uniqueIndex("business_units_name_uq").on(t.name),
    index("business_units_created_at_idx").on(t.createdAt),
  ],
);
