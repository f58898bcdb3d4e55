import { index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordColumns } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";
import { requirements } from "./catalogs.js";

/** The organization's own controls (ISO/IEC 42001 6.1.3); each may satisfy many requirements. */
export const controls = pgTable(
  "controls",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    ownerId: uuid("owner_id").references(() => users.id),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    frequency: text("frequency").notNull(),
    implementationStatus: text("implementation_status").notNull(),
    effectiveness: text("effectiveness").notNull(),
    templateCode: text("template_code"),
  },
  (t) => [
    uniqueIndex("controls_code_uq").on(t.code),
    uniqueIndex("controls_key_uq").on(t.key),
    index("controls_title_idx").on(t.title),
    index("controls_status_idx").on(t.implementationStatus),
    index("controls_unit_idx").on(t.businessUnitId),
    index("controls_template_idx").on(t.templateCode),
    index("controls_created_at_idx").on(t.createdAt),
  ],
);

export const controlRequirements = pgTable(
  "control_requirements",
  {
    controlId: uuid("control_id")
      .notNull()
      .references(() => controls.id),
    requirementKey: text("requirement_key")
      .notNull()
      .references(() => requirements.key),
    coverage: text("coverage").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.controlId, t.requirementKey] }),
    index("control_requirements_req_idx").on(t.requirementKey),
  ],
);
