/**
 * Runs the catalog validators on data read from a file and reports every problem at once: when
 * the shape is wrong, the zod problems alone would hide duplicate ids, missing parents and
 * cycles, so the tree checks also run on a skeleton of the same data with the bad values
 * replaced by placeholders.
 */
import {
  FRAMEWORK_REF_PATTERN,
  RequirementId,
  type Crosswalk,
  type Framework,
  type Requirement,
} from "../catalog-schema.js";
import { validateCrosswalk, validateFramework, type CatalogProblem } from "../validate-catalog.js";

/** Finds the framework a crosswalk end refers to, when the caller knows it. */
export type FrameworkResolver = (ref: string) => Framework | undefined;

export interface CheckOutcome<T> {
  problems: CatalogProblem[];
  /** Present only when there are no problems at all. */
  value?: T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function validId(value: unknown): value is string {
  return RequirementId.safeParse(value).success;
}

function dedupe(problems: CatalogProblem[]): CatalogProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function skeletonRequirement(item: unknown, index: number): Requirement {
  const raw = isRecord(item) ? item : {};
  const tags = isRecord(raw.tags) ? raw.tags : {};
  const related = Array.isArray(tags.related) ? tags.related.filter(validId) : [];
  const sortOrder = raw.sortOrder;
  return {
    id: validId(raw.id) ? raw.id : `(requirements[${index}])`,
    title: "placeholder",
    summary: "placeholder",
    kind: raw.kind === "reference" ? "reference" : "topic",
    assessable: raw.assessable === true,
    parent: validId(raw.parent) ? raw.parent : null,
    tags: related.length > 0 ? { related } : {},
    sortOrder:
      typeof sortOrder === "number" && Number.isInteger(sortOrder) && sortOrder >= 0
        ? sortOrder
        : 1e9 + index,
  };
}

/** Shape, tree and text checks of a framework read from a file. */
export function checkFramework(raw: unknown): CheckOutcome<Framework> {
  const result = validateFramework(raw);
  if (result.value) return result.ok ? { problems: [], value: result.value } : { problems: result.problems };
  const items = isRecord(raw) && Array.isArray(raw.requirements) ? raw.requirements : [];
  if (items.length === 0) return { problems: result.problems };
  const skeleton: Framework = {
    id: "skeleton",
    version: "0",
    name: "skeleton",
    publisher: "skeleton",
    kind: "standard",
    url: "https://example.invalid/",
    sources: ["skeleton"],
    requirements: items.map(skeletonRequirement),
  };
  const tree = validateFramework(skeleton).problems.filter((problem) =>
    problem.path.startsWith("requirements["),
  );
  return { problems: dedupe([...result.problems, ...tree]) };
}

/** A stand-in framework holding exactly the ids a crosswalk uses, so only its own checks apply. */
function standIn(ref: unknown, ids: Iterable<string>): Framework {
  const match = typeof ref === "string" ? FRAMEWORK_REF_PATTERN.exec(ref) : null;
  const requirements = [...new Set(ids)].map((id, index) => skeletonRequirement({ id }, index));
  return {
    id: match?.[1] ?? "unknown",
    version: match?.[2] ?? "0",
    name: "stand-in",
    publisher: "stand-in",
    kind: "standard",
    url: "https://example.invalid/",
    sources: ["stand-in"],
    requirements,
  };
}

function endIds(entries: unknown[], end: "from" | "to"): string[] {
  return entries.flatMap((entry) => (isRecord(entry) && validId(entry[end]) ? [entry[end]] : []));
}

/**
 * Shape, duplicate-pair, inverse and text checks of a crosswalk read from a file. Entry ends are
 * checked against a framework only when `resolve` knows it; otherwise any well-formed id passes.
 */
export function checkCrosswalk(raw: unknown, resolve?: FrameworkResolver): CheckOutcome<Crosswalk> {
  const record = isRecord(raw) ? raw : {};
  const entries = Array.isArray(record.entries) ? record.entries : [];
  const known = (ref: unknown) => (typeof ref === "string" ? resolve?.(ref) : undefined);
  const from = known(record.from) ?? standIn(record.from, endIds(entries, "from"));
  const to = known(record.to) ?? standIn(record.to, endIds(entries, "to"));
  const result = validateCrosswalk(raw, from, to);
  if (result.value) return result.ok ? { problems: [], value: result.value } : { problems: result.problems };
  if (entries.length === 0) return { problems: result.problems };

  // Bad ends get placeholder ids that the stand-ins contain, so only real ends can dangle; the
  // placeholder relationships make inverse checks meaningless, so only pair and end problems count.
  const placeholders = { from: [] as string[], to: [] as string[] };
  const endOf = (item: Record<string, unknown>, end: "from" | "to", index: number): string => {
    if (validId(item[end])) return item[end];
    const id = `(entries[${index}].${end})`;
    placeholders[end].push(id);
    return id;
  };
  const skeleton: Crosswalk = {
    from: `${from.id}:${from.version}`,
    to: `${to.id}:${to.version}`,
    entries: entries.map((entry, index) => {
      const item = isRecord(entry) ? entry : {};
      return {
        from: endOf(item, "from", index),
        to: endOf(item, "to", index),
        relationship: "intersects-with",
        rationale: "placeholder",
        confidence: "low",
        source: "placeholder",
      };
    }),
  };
  const withPlaceholders = (framework: Framework, ids: string[]): Framework => ({
    ...framework,
    requirements: [
      ...framework.requirements,
      ...ids.map((placeholder, k) => skeletonRequirement({ id: placeholder }, k)),
    ],
  });
  const skeletonFrom = withPlaceholders(from, placeholders.from);
  const skeletonTo = withPlaceholders(to, placeholders.to);
  const structural = validateCrosswalk(skeleton, skeletonFrom, skeletonTo).problems.filter((problem) =>
    /^entries\[\d+\](\.from|\.to)?$/.test(problem.path),
  );
  return { problems: dedupe([...result.problems, ...structural]) };
}
