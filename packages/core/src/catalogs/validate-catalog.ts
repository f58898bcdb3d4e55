/**
 * Validation of catalog data beyond its shape: unique ids, a well-formed tree, clean text, and
 * crosswalks whose ends exist. Pure functions with no I/O; callers load the files.
 */
import type { z } from "zod";
import {
  Crosswalk,
  Framework,
  frameworkRefOf,
  type Crosswalk as CrosswalkData,
  type Framework as FrameworkData,
  type Relationship,
} from "./catalog-schema.js";

/** One thing wrong with the data, located by a JSON-path-like string (`requirements[3].parent`). */
export interface CatalogProblem {
  path: string;
  message: string;
}

/** Outcome of a validation; `value` is the parsed data when the shape was valid. */
export interface CatalogValidation<T> {
  ok: boolean;
  problems: CatalogProblem[];
  value?: T;
}

const INVERSE: Record<Relationship, Relationship> = {
  "equivalent-to": "equivalent-to",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/** The relationship read in the other direction: subset-of and superset-of swap, the rest are symmetric. */
export function inverseRelationship(relationship: Relationship): Relationship {
  return INVERSE[relationship];
}

/** The same crosswalk read from `to` to `from`, with every relationship inverted. */
export function invertCrosswalk(crosswalk: CrosswalkData): CrosswalkData {
  return {
    ...crosswalk,
    from: crosswalk.to,
    to: crosswalk.from,
    entries: crosswalk.entries.map((entry) => ({
      ...entry,
      from: entry.to,
      to: entry.from,
      relationship: inverseRelationship(entry.relationship),
    })),
  };
}

/** Renders a path such as `["requirements", 3, "id"]` as `requirements[3].id`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out === "" ? "(root)" : out;
}

function zodProblems(error: z.ZodError): CatalogProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Why a string is not clean text, or null: control characters (C0, DEL, C1), line or paragraph
 * separators, a byte-order mark, unpaired UTF-16 surrogates (not encodable as UTF-8) and the
 * U+FFFD replacement character (a sign of an earlier bad decode).
 */
export function textProblem(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `unpaired surrogate at position ${i} (not valid UTF-8)`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `unpaired surrogate at position ${i} (not valid UTF-8)`;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")} at position ${i}`;
    }
    if (code === 0x2028 || code === 0x2029) return `line or paragraph separator at position ${i}`;
    if (code === 0xfeff) return `byte-order mark at position ${i}`;
    if (code === 0xfffd) return `replacement character U+FFFD at position ${i} (bad decoding upstream)`;
  }
  return null;
}

/** Every string in `value` that is not clean text, with its path. */
export function findTextProblems(value: unknown, path: PropertyKey[] = []): CatalogProblem[] {
  if (typeof value === "string") {
    const message = textProblem(value);
    return message ? [{ path: formatPath(path), message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findTextProblems(item, [...path, index]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => findTextProblems(item, [...path, key]));
  }
  return [];
}

function checkTree(framework: FrameworkData): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const indexById = new Map<string, number>();
  const sortOrders = new Map<number, string>();

  framework.requirements.forEach((requirement, index) => {
    const first = indexById.get(requirement.id);
    if (first !== undefined) {
      problems.push({
        path: `requirements[${index}].id`,
        message: `duplicate id "${requirement.id}" (first at requirements[${first}])`,
      });
    } else {
      indexById.set(requirement.id, index);
    }
    const holder = sortOrders.get(requirement.sortOrder);
    if (holder !== undefined && holder !== requirement.id) {
      problems.push({
        path: `requirements[${index}].sortOrder`,
        message: `sortOrder ${requirement.sortOrder} is already used by "${holder}"`,
      });
    } else {
      sortOrders.set(requirement.sortOrder, requirement.id);
    }
  });

  framework.requirements.forEach((requirement, index) => {
    if (requirement.parent !== null && !indexById.has(requirement.parent)) {
      problems.push({
        path: `requirements[${index}].parent`,
        message: `parent "${requirement.parent}" of "${requirement.id}" does not exist`,
      });
    }
    for (const [k, related] of (requirement.tags.related ?? []).entries()) {
      if (related === requirement.id) {
        problems.push({ path: `requirements[${index}].tags.related[${k}]`, message: "relates to itself" });
      } else if (!indexById.has(related)) {
        problems.push({
          path: `requirements[${index}].tags.related[${k}]`,
          message: `related requirement "${related}" does not exist`,
        });
      }
    }
    if (requirement.kind === "reference" && requirement.assessable) {
      problems.push({
        path: `requirements[${index}].assessable`,
        message: `reference item "${requirement.id}" cannot be assessable`,
      });
    }
  });

  problems.push(...findCycles(framework));
  return problems;
}

/** Parent chains that loop back on themselves (a requirement that is its own ancestor). */
function findCycles(framework: FrameworkData): CatalogProblem[] {
  const parentOf = new Map<string, string | null>();
  const indexOf = new Map<string, number>();
  framework.requirements.forEach((requirement, index) => {
    if (!parentOf.has(requirement.id)) {
      parentOf.set(requirement.id, requirement.parent);
      indexOf.set(requirement.id, index);
    }
  });

  const done = new Set<string>();
  const reported = new Set<string>();
  const problems: CatalogProblem[] = [];
  for (const start of parentOf.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | null | undefined = start;
    while (current !== null && current !== undefined && !done.has(current)) {
      if (onChain.has(current)) {
        const loop = chain.slice(chain.indexOf(current));
        const key = [...loop].sort().join("\u0000");
        if (!reported.has(key)) {
          reported.add(key);
          problems.push({
            path: `requirements[${indexOf.get(current)}].parent`,
            message: `parent cycle: ${[...loop, current].join(" -> ")}`,
          });
        }
        break;
      }
      chain.push(current);
      onChain.add(current);
      current = parentOf.get(current);
    }
    for (const id of chain) done.add(id);
  }
  return problems;
}

function checkFrameworkMetadata(framework: FrameworkData): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const ref = frameworkRefOf(framework);
  if (framework.supersedes === ref) problems.push({ path: "supersedes", message: "supersedes itself" });
  if (framework.supersededBy === ref)
    problems.push({ path: "supersededBy", message: "is superseded by itself" });
  if (framework.effectiveFrom && framework.effectiveTo && framework.effectiveTo < framework.effectiveFrom) {
    problems.push({ path: "effectiveTo", message: "effectiveTo is before effectiveFrom" });
  }
  return problems;
}

/**
 * Checks a framework file: shape (zod), unique ids and sort orders, every parent present, no
 * parent cycles, related ids present, reference items not assessable, and clean UTF-8 text.
 */
export function validateFramework(input: unknown): CatalogValidation<FrameworkData> {
  const textProblems = findTextProblems(input);
  const parsed = Framework.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [...zodProblems(parsed.error), ...textProblems] };
  const problems = [...textProblems, ...checkFrameworkMetadata(parsed.data), ...checkTree(parsed.data)];
  return { ok: problems.length === 0, problems, value: parsed.data };
}

/**
 * Checks a crosswalk file against the two frameworks it joins: shape, framework references,
 * every entry end present in its framework, no pair listed twice, clean text, and (for a
 * crosswalk inside one framework) that a pair and its reverse carry inverse relationships.
 */
export function validateCrosswalk(
  input: unknown,
  from: FrameworkData,
  to: FrameworkData,
): CatalogValidation<CrosswalkData> {
  const textProblems = findTextProblems(input);
  const parsed = Crosswalk.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [...zodProblems(parsed.error), ...textProblems] };
  const crosswalk = parsed.data;
  const problems: CatalogProblem[] = [...textProblems];

  if (crosswalk.from !== frameworkRefOf(from)) {
    problems.push({ path: "from", message: `expected "${frameworkRefOf(from)}", found "${crosswalk.from}"` });
  }
  if (crosswalk.to !== frameworkRefOf(to)) {
    problems.push({ path: "to", message: `expected "${frameworkRefOf(to)}", found "${crosswalk.to}"` });
  }

  const fromIds = new Set(from.requirements.map((requirement) => requirement.id));
  const toIds = new Set(to.requirements.map((requirement) => requirement.id));
  const seen = new Map<string, number>();
  crosswalk.entries.forEach((entry, index) => {
    if (!fromIds.has(entry.from)) {
      problems.push({
        path: `entries[${index}].from`,
        message: `"${entry.from}" is not a requirement of ${frameworkRefOf(from)}`,
      });
    }
    if (!toIds.has(entry.to)) {
      problems.push({
        path: `entries[${index}].to`,
        message: `"${entry.to}" is not a requirement of ${frameworkRefOf(to)}`,
      });
    }
    const key = `${entry.from}\u0000${entry.to}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: `entries[${index}]`,
        message: `duplicate pair ${entry.from} -> ${entry.to} (first at entries[${first}])`,
      });
    } else {
      seen.set(key, index);
    }
  });

  if (crosswalk.from === crosswalk.to) {
    crosswalk.entries.forEach((entry, index) => {
      const reverse = seen.get(`${entry.to}\u0000${entry.from}`);
      if (reverse === undefined || reverse <= index) return;
      const other = crosswalk.entries[reverse];
      if (other && other.relationship !== inverseRelationship(entry.relationship)) {
        problems.push({
          path: `entries[${reverse}].relationship`,
          message: `${other.relationship} is not the inverse of ${entry.relationship} at entries[${index}]`,
        });
      }
    });
  }

  return { ok: problems.length === 0, problems, value: crosswalk };
}

/**
 * Checks crosswalks together: at most one file per ordered framework pair, and where a pair of
 * requirements is mapped in both directions (two files, opposite directions) the relationships
 * must be inverses of each other.
 */
export function validateCrosswalkSet(crosswalks: readonly CrosswalkData[]): CatalogValidation<undefined> {
  const problems: CatalogProblem[] = [];
  const byDirection = new Map<string, number>();
  crosswalks.forEach((crosswalk, index) => {
    const key = `${crosswalk.from}\u0000${crosswalk.to}`;
    const first = byDirection.get(key);
    if (first !== undefined) {
      problems.push({
        path: `crosswalks[${index}]`,
        message: `second crosswalk ${crosswalk.from} -> ${crosswalk.to} (first is crosswalks[${first}])`,
      });
    } else {
      byDirection.set(key, index);
    }
  });

  crosswalks.forEach((crosswalk, index) => {
    if (crosswalk.from === crosswalk.to) return;
    const reverseIndex = byDirection.get(`${crosswalk.to}\u0000${crosswalk.from}`);
    if (reverseIndex === undefined || reverseIndex < index) return;
    const reverse = crosswalks[reverseIndex];
    if (!reverse) return;
    const reverseByPair = new Map(reverse.entries.map((entry, k) => [`${entry.from}\u0000${entry.to}`, k]));
    crosswalk.entries.forEach((entry, entryIndex) => {
      const k = reverseByPair.get(`${entry.to}\u0000${entry.from}`);
      if (k === undefined) return;
      const other = reverse.entries[k];
      if (other && other.relationship !== inverseRelationship(entry.relationship)) {
        problems.push({
          path: `crosswalks[${reverseIndex}].entries[${k}].relationship`,
          message:
            `${other.relationship} does not invert ${entry.relationship} ` +
            `(crosswalks[${index}].entries[${entryIndex}] ${entry.from} -> ${entry.to})`,
        });
      }
    });
  });

  return { ok: problems.length === 0, problems };
}
