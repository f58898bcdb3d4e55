/** Display words for framework and requirement fields. */
import type { FrameworkKind, FrameworkSummary, RequirementKind } from "@openaims/core";

export const FRAMEWORK_KIND_LABELS: Record<FrameworkKind, string> = {
  standard: "Standard",
  law: "Law",
  guidance: "Guidance",
};

export const REQUIREMENT_KIND_LABELS: Record<RequirementKind, { label: string; color: string }> = {
  clause: { label: "Clause", color: "blue" },
  control: { label: "Control", color: "indigo" },
  article: { label: "Article", color: "grape" },
  subcategory: { label: "Subcategory", color: "cyan" },
  obligation: { label: "Obligation", color: "violet" },
  category: { label: "Category", color: "gray" },
  function: { label: "Function", color: "gray" },
  topic: { label: "Topic", color: "gray" },
  reference: { label: "Reference", color: "gray" },
};

/** The short name of a framework ("ISO/IEC 42001"), or its full name when it has none. */
export function frameworkLabel(framework: Pick<FrameworkSummary, "name" | "shortName">): string {
  return framework.shortName ?? framework.name;
}

const TAG_LABELS: Record<string, string> = {
  roles: "Roles",
  riskClasses: "Risk classes",
  documentedInformation: "Documented information",
  scope: "Scope",
  related: "Related",
};

export type TagEntry = { key: string; label: string; values: string[] };

/**
 * The tags of a requirement as labelled lists, in a fixed order (roles first). Tags are an
 * open record on the wire; values that are not strings or lists of strings are shown as text.
 */
export function tagEntries(tags: Readonly<Record<string, unknown>>): TagEntry[] {
  const known = Object.keys(TAG_LABELS);
  const keys = Object.keys(tags).sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const out: TagEntry[] = [];
  for (const key of keys) {
    const raw = tags[key];
    const values = (Array.isArray(raw) ? raw : [raw])
      .filter((v) => v !== null && v !== undefined && v !== "")
      .map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    if (values.length) out.push({ key, label: TAG_LABELS[key] ?? key, values });
  }
  return out;
}

/** "1 Jan 2027" style date of a `YYYY-MM-DD` catalog date, read as a calendar day (no time zone shift). */
export function formatCatalogDate(date: string | null): string {
  if (!date) return "—";
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  return new Intl.DateTimeFormat(undefined, {
    timeZone: "UTC",
    year: "numeric",
    month: "short",
    ...(d ? { day: "numeric" } : {}),
  }).format(when);
}

/** Whether a date (`YYYY-MM-DD`) is after today, e.g. a law not yet in force. */
export function isFutureDate(date: string | null, today = new Date()): boolean {
  if (!date) return false;
  return date > today.toISOString().slice(0, 10);
}
