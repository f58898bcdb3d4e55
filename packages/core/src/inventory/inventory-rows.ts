/**
 * The inventory as a flat table (CSV and spreadsheet import/export): one row per AI system, list
 * cells separated by ";", booleans as yes/no. Pure conversion and validation; the server resolves
 * business units and owners.
 */
import { z } from "zod";
import { AiSystemProfile, CreateAiSystem, type AiSystemView } from "../contracts/ai-systems.js";

export const INVENTORY_COLUMNS = [
  "key",
  "name",
  "purpose",
  "intendedUse",
  "foreseeableMisuse",
  "businessUnit",
  "owner",
  "lifecycleStage",
  "organizationRoles",
  "euJurisdictions",
  "usJurisdictions",
  "otherJurisdictions",
  "annexIIIAreas",
  "consequentialDecisions",
  "decisionRole",
  "prohibitedPractices",
  "art63Conditions",
  "performsProfiling",
  "interactsWithNaturalPersons",
  "generatesSyntheticContent",
  "deepfake",
  "emotionRecognition",
  "biometricCategorisation",
  "annexIProductSafety",
  "isGeneralPurposeModel",
  "gpaiSystemicRisk",
  "processesPersonalData",
  "processesSpecialCategoryData",
  "automationLevel",
  "humanOversight",
  "models",
  "datasets",
  "vendors",
  "euRiskClass",
] as const;
export type InventoryColumn = (typeof INVENTORY_COLUMNS)[number];
export type InventoryRow = Partial<Record<InventoryColumn, string>>;

const LIST_FIELDS = [
  "organizationRoles",
  "annexIIIAreas",
  "consequentialDecisions",
  "prohibitedPractices",
  "art63Conditions",
] as const;
const BOOLEAN_FIELDS = [
  "performsProfiling",
  "interactsWithNaturalPersons",
  "generatesSyntheticContent",
  "deepfake",
  "emotionRecognition",
  "biometricCategorisation",
  "annexIProductSafety",
  "isGeneralPurposeModel",
  "gpaiSystemicRisk",
  "processesPersonalData",
  "processesSpecialCategoryData",
] as const;

const split = (cell: string | undefined) =>
  (cell ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
const join = (items: readonly string[]) => items.join("; ");

export type RowError = { row: number; column: string; message: string };
export type Lookups = {
  businessUnitId: (ref: string) => string | null;
  userId: (email: string) => string | null;
};

function parseBoolean(cell: string | undefined): boolean | string {
  const v = (cell ?? "").trim().toLowerCase();
  if (v === "" || v === "no" || v === "false" || v === "0" || v === "n") return false;
  if (v === "yes" || v === "true" || v === "1" || v === "y") return true;
  return `"${cell}" is not yes or no`;
}

/** One spreadsheet row to the create body, or the problems of that row (row = line in the file). */
export function inventoryRowToAiSystem(
  row: InventoryRow,
  rowNumber: number,
  lookups: Lookups,
): { value: z.infer<typeof CreateAiSystem> } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (column: string, message: string) => errors.push({ row: rowNumber, column, message });
  const profile: Record<string, unknown> = {
    jurisdictions: {
      eu: split(row.euJurisdictions).map((s) => s.toUpperCase()),
      us: split(row.usJurisdictions).map((s) => s.toUpperCase()),
      other: split(row.otherJurisdictions),
    },
  };
  for (const f of LIST_FIELDS) profile[f] = split(row[f]);
  for (const f of BOOLEAN_FIELDS) {
    const b = parseBoolean(row[f]);
    if (typeof b === "string") err(f, b);
    else profile[f] = b;
  }
  if (row.decisionRole?.trim()) profile.decisionRole = row.decisionRole.trim();
  if (row.automationLevel?.trim()) profile.automationLevel = row.automationLevel.trim();
  if (row.humanOversight?.trim()) profile.humanOversight = row.humanOversight.trim();
  let businessUnitId: string | null = null;
  if (row.businessUnit?.trim()) {
    businessUnitId = lookups.businessUnitId(row.businessUnit.trim());
    if (!businessUnitId) err("businessUnit", `no business unit "${row.businessUnit.trim()}"`);
  }
  let ownerId: string | null = null;
  if (row.owner?.trim()) {
    ownerId = lookups.userId(row.owner.trim().toLowerCase());
    if (!ownerId) err("owner", `no user with email "${row.owner.trim()}"`);
  }
  const candidate = {
    name: row.name ?? "",
    purpose: row.purpose ?? "",
    intendedUse: row.intendedUse ?? "",
    foreseeableMisuse: row.foreseeableMisuse ?? "",
    businessUnitId,
    ownerId,
    ...(row.lifecycleStage?.trim() ? { lifecycleStage: row.lifecycleStage.trim() } : {}),
    models: split(row.models).map((name) => ({ name })),
    datasets: split(row.datasets).map((name) => ({ name })),
    vendors: split(row.vendors).map((name) => ({ name })),
    profile,
  };
  const parsed = CreateAiSystem.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const column =
        path[0] === "profile"
          ? path[1] === "jurisdictions"
            ? `${path[2] ?? "eu"}Jurisdictions`
            : (path[1] ?? "profile")
          : (path[0] ?? "row");
      err(column, issue.message);
    }
  }
  if (errors.length || !parsed.success) return { errors };
  return { value: parsed.data };
}

/** One system as a spreadsheet row (business unit and owner given as readable references). */
export function aiSystemToInventoryRow(
  s: AiSystemView,
  refs: { businessUnit: string; owner: string },
): Record<InventoryColumn, string> {
  const p = AiSystemProfile.parse(s.profile);
  const yes = (b: boolean) => (b ? "yes" : "no");
  return {
    key: s.key,
    name: s.name,
    purpose: s.purpose,
    intendedUse: s.intendedUse,
    foreseeableMisuse: s.foreseeableMisuse,
    businessUnit: refs.businessUnit,
    owner: refs.owner,
    lifecycleStage: s.lifecycleStage,
    organizationRoles: join(p.organizationRoles),
    euJurisdictions: join(p.jurisdictions.eu),
    usJurisdictions: join(p.jurisdictions.us),
    otherJurisdictions: join(p.jurisdictions.other),
    annexIIIAreas: join(p.annexIIIAreas),
    consequentialDecisions: join(p.consequentialDecisions),
    decisionRole: p.decisionRole,
    prohibitedPractices: join(p.prohibitedPractices),
    art63Conditions: join(p.art63Conditions),
    performsProfiling: yes(p.performsProfiling),
    interactsWithNaturalPersons: yes(p.interactsWithNaturalPersons),
    generatesSyntheticContent: yes(p.generatesSyntheticContent),
    deepfake: yes(p.deepfake),
    emotionRecognition: yes(p.emotionRecognition),
    biometricCategorisation: yes(p.biometricCategorisation),
    annexIProductSafety: yes(p.annexIProductSafety),
    isGeneralPurposeModel: yes(p.isGeneralPurposeModel),
    gpaiSystemicRisk: yes(p.gpaiSystemicRisk),
    processesPersonalData: yes(p.processesPersonalData),
    processesSpecialCategoryData: yes(p.processesSpecialCategoryData),
    automationLevel: p.automationLevel,
    humanOversight: p.humanOversight,
    models: join(s.models.map((m) => m.name)),
    datasets: join(s.datasets.map((d) => d.name)),
    vendors: join(s.vendors.map((v) => v.name)),
    euRiskClass: s.euRiskClass,
  };
}
