import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { recordColumns } from "./columns.js";
import { users } from "./users.js";
import { aiSystems } from "./ai-systems.js";

/**
 * Resources of an AI system (ISO/IEC 42001 7.1, A.4.2–A.4.6): data, tooling, system and computing,
 * and human resources.
 */
export const aiSystemResources = pgTable(
  "ai_system_resources",
  {
    ...recordColumns(),
    aiSystemId: uuid("ai_system_id")
      .notNull()
      .references(() => aiSystems.id),
    /** data | tooling | computing | human */
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** Provider, location or origin (a dataset's source, a cloud region, a team). */
    provider: text("provider").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id),
    /** Kind-specific facts, e.g. { provenance, personalData } for data, { gpu, region } for computing. */
    attributes: jsonb("attributes").notNull().default({}),
  },
  (t) => [index("ai_system_resources_system_idx").on(t.aiSystemId, t.kind)],
);
