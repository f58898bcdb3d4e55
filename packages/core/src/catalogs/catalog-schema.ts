/**
 * Catalog format: a framework version (standard, law or guidance) as a flat list of
 * requirements forming a tree, and a crosswalk between two framework versions.
 *
 * The data lives in `catalogs/` at the repository root; these schemas are the contract the
 * loader, the API and the import/export code share. Relationship vocabulary follows
 * NIST IR 8477 and the OSCAL 1.2 mapping model.
 */
import { z } from "zod";

/** Lower-case kebab identifier of a framework, e.g. `iso-iec-42001`, `eu-ai-act`. */
export const FRAMEWORK_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Version label, e.g. `2023`, `1.0`, `sb24-205`. */
export const FRAMEWORK_VERSION_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** `<frameworkId>:<version>`, e.g. `iso-iec-42001:2023`. */
export const FRAMEWORK_REF_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*):([a-z0-9]+(?:[.-][a-z0-9]+)*)$/;
/** Calendar date `YYYY-MM-DD`, or `YYYY-MM` where only the month is known (publication dates). */
const PARTIAL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export const FRAMEWORK_KINDS = ["standard", "law", "guidance"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

/**
 * Kind of a requirement. `clause`, `control`, `article`, `subcategory` and `obligation` are
 * things an organization can conform to; `function`, `category` and `topic` group them;
 * `reference` marks list items other features pick from (ISO/IEC 42001 Annex C objectives,
 * NIST trustworthy characteristics, EU AI Act Annex III areas) and is never assessable.
 */
export const REQUIREMENT_KINDS = [
  "clause",
  "control",
  "article",
  "subcategory",
  "obligation",
  "category",
  "function",
  "topic",
  "reference",
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** Whom a requirement binds (EU AI Act, Colorado, Texas and ISO/IEC 22989 vocabularies). */
export const OPERATOR_ROLES = [
  "provider",
  "deployer",
  "developer",
  "importer",
  "distributor",
  "producer",
  "user",
] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** NIST IR 8477 / OSCAL 1.2 mapping relationships, read as "from <relationship> to". */
export const RELATIONSHIPS = [
  "equivalent-to",
  "subset-of",
  "superset-of",
  "intersects-with",
  "no-relationship",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

const nonEmptyText = z.string().trim().min(1);
const shortText = nonEmptyText.max(300);
const tagList = z.array(nonEmptyText.max(120)).min(1);

export const FrameworkId = z.string().regex(FRAMEWORK_ID_PATTERN, "must be lower-case kebab-case");
export const FrameworkVersion = z
  .string()
  .regex(FRAMEWORK_VERSION_PATTERN, "must be a lower-case version label");
export const FrameworkRef = z
  .string()
  .regex(FRAMEWORK_REF_PATTERN, "must be <frameworkId>:<version>, e.g. iso-iec-42001:2023");
export const RequirementId = z
  .string()
  .min(1)
  .max(80)
  .refine((value) => value.trim() === value, "must not start or end with white space");
export const PartialDate = z.string().regex(PARTIAL_DATE_PATTERN, "must be YYYY-MM-DD or YYYY-MM");

export const RequirementTags = z.strictObject({
  /** Operator roles the requirement binds; absent means it does not depend on role. */
  roles: z.array(z.enum(OPERATOR_ROLES)).min(1).optional(),
  /** Risk classes it applies to (vocabulary per framework, see catalogs/README.md); absent means all. */
  riskClasses: tagList.optional(),
  /** Names of the documented information the requirement asks for (ISO/IEC 42001 7.5). */
  documentedInformation: tagList.optional(),
  /** Narrower applicability, e.g. `public-body`, `health-care-provider`, `non-eu-provider`. */
  scope: tagList.optional(),
  /** Ids of other requirements in the same framework this one relates to (e.g. GAI risks). */
  related: z.array(RequirementId).min(1).optional(),
});
export type RequirementTags = z.infer<typeof RequirementTags>;

export const Requirement = z.strictObject({
  /** Readable id as the source cites it: "A.6.2.4", "GOVERN 1.1", "Art. 27", "6-1-1703(3)". */
  id: RequirementId,
  /** Title as published (a fact), or our short label where the source has none. */
  title: shortText,
  /** One line in our own words; never the copyrighted source text. */
  summary: nonEmptyText.max(400),
  kind: z.enum(REQUIREMENT_KINDS),
  /** Whether an organization records conformity against it (false for groups and references). */
  assessable: z.boolean(),
  /** Id of the parent requirement, or null at the top of the tree. */
  parent: RequirementId.nullable(),
  tags: RequirementTags,
  /** Date from which it applies, when that differs from the framework's. */
  effectiveFrom: z.iso.date().optional(),
  /** Formal citation when the id is abbreviated, e.g. "C.R.S. 6-1-1703(3)". */
  citation: shortText.optional(),
  /** Other spellings of the id used elsewhere, e.g. "GV-1.1" or "5.1" for "A.5.1". */
  aliases: z.array(nonEmptyText.max(80)).min(1).optional(),
  /** Position in a document-order listing of the whole framework. */
  sortOrder: z.number().int().nonnegative(),
});
export type Requirement = z.infer<typeof Requirement>;

export const Framework = z.strictObject({
  id: FrameworkId,
  version: FrameworkVersion,
  name: shortText,
  shortName: nonEmptyText.max(40).optional(),
  publisher: shortText,
  kind: z.enum(FRAMEWORK_KINDS),
  jurisdiction: nonEmptyText.max(60).optional(),
  /** Date of publication, adoption or signature. */
  publishedOn: PartialDate.optional(),
  /** Date from which the framework applies (laws); absent for voluntary standards. */
  effectiveFrom: z.iso.date().optional(),
  /** Last day it applies, when repealed or replaced. */
  effectiveTo: z.iso.date().optional(),
  supersedes: FrameworkRef.optional(),
  supersededBy: FrameworkRef.optional(),
  /** Where the official text is. */
  url: z.url(),
  /** Where our ids, titles and structure came from. */
  sources: z.array(shortText).min(1),
  /** Caveats a reader must know (pending amendments, unverified parts). */
  notes: z.array(nonEmptyText.max(600)).optional(),
  requirements: z.array(Requirement).min(1),
});
export type Framework = z.infer<typeof Framework>;

export const CrosswalkEntry = z.strictObject({
  /** Requirement id in the `from` framework. */
  from: RequirementId,
  /** Requirement id in the `to` framework. */
  to: RequirementId,
  relationship: z.enum(RELATIONSHIPS),
  rationale: nonEmptyText.max(600),
  confidence: z.enum(CONFIDENCE_LEVELS),
  /** Who asserted the pair, e.g. "NIST AI RMF to ISO/IEC 42001 crosswalk" or "OpenAIMS". */
  source: shortText,
});
export type CrosswalkEntry = z.infer<typeof CrosswalkEntry>;

export const Crosswalk = z.strictObject({
  from: FrameworkRef,
  to: FrameworkRef,
  title: shortText.optional(),
  /** How relationships were derived and what to watch for. */
  notes: z.array(nonEmptyText.max(800)).optional(),
  entries: z.array(CrosswalkEntry),
});
export type Crosswalk = z.infer<typeof Crosswalk>;

/** `iso-iec-42001:2023` for a framework. */
export function frameworkRefOf(framework: Pick<Framework, "id" | "version">): string {
  return `${framework.id}:${framework.version}`;
}

/** Splits `iso-iec-42001:2023` into id and version, or returns null when malformed. */
export function parseFrameworkRef(ref: string): { id: string; version: string } | null {
  const match = FRAMEWORK_REF_PATTERN.exec(ref);
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { id: match[1], version: match[2] };
}

/** Global requirement key `<frameworkId>:<version>/<requirementId>`, e.g. `iso-iec-42001:2023/A.6.2.4`. */
export function requirementKey(frameworkRef: string, requirementId: string): string {
  return `${frameworkRef}/${requirementId}`;
}

/** Splits a global requirement key at its first `/`; null when either half is malformed. */
export function parseRequirementKey(key: string): { frameworkRef: string; requirementId: string } | null {
  const slash = key.indexOf("/");
  if (slash < 0) return null;
  const frameworkRef = key.slice(0, slash);
  const requirementId = key.slice(slash + 1);
  if (!parseFrameworkRef(frameworkRef) || !RequirementId.safeParse(requirementId).success) return null;
  return { frameworkRef, requirementId };
}
