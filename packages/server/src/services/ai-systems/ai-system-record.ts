import { classifyAiSystem, CreateAiSystem, type AiSystemView, type Classification } from "@openaims/core";
import type { aiSystems } from "../../db/schema/index.js";

export type AiSystemRow = typeof aiSystems.$inferSelect;
export type AiSystemFieldsParsed = ReturnType<typeof CreateAiSystem.parse>;

/** Today's date for the effective-date rules (Colorado SB 24-205 vs SB 26-189). */
export const today = () => new Date().toISOString().slice(0, 10);

/** Classifies the facts of a system as of today (pure rules from core). */
export function classify(fields: AiSystemFieldsParsed): Classification {
  return classifyAiSystem(fields.profile, today());
}

/** What the duplicate check compares: name, purpose, model and vendor names, lower-cased. */
export function searchTextOf(
  fields: Pick<AiSystemFieldsParsed, "name" | "purpose" | "models" | "vendors">,
): string {
  return [
    fields.name,
    fields.purpose,
    ...fields.models.map((m) => `${m.name} ${m.provider}`),
    ...fields.vendors.map((v) => v.name),
  ]
    .join(" ")
    .toLowerCase()
    .slice(0, 8000);
}

/** Columns derived from the fields and their classification. */
export function derivedColumns(fields: AiSystemFieldsParsed, classification: Classification) {
  return {
    euRiskClass: classification.euRiskClass,
    frameworkRefs: classification.frameworks.map((f) => f.frameworkRef),
    classification,
    classifiedAt: new Date(),
    searchText: searchTextOf(fields),
  };
}

export function toAiSystemView(r: AiSystemRow): AiSystemView {
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    purpose: r.purpose,
    intendedUse: r.intendedUse,
    foreseeableMisuse: r.foreseeableMisuse,
    businessUnitId: r.businessUnitId,
    ownerId: r.ownerId,
    lifecycleStage: r.lifecycleStage as AiSystemView["lifecycleStage"],
    personalDataDescription: r.personalDataDescription,
    models: r.models as AiSystemView["models"],
    datasets: r.datasets as AiSystemView["datasets"],
    vendors: r.vendors as AiSystemView["vendors"],
    profile: r.profile as AiSystemView["profile"],
    euRiskClass: r.euRiskClass,
    frameworkRefs: r.frameworkRefs as string[],
    classification: r.classification as AiSystemView["classification"],
    classifiedAt: r.classifiedAt.toISOString(),
    intakeRequestId: r.intakeRequestId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
