/** What changed between two classification results of one AI system (its history tab). */
import type { ClassificationHistoryEntry, ClassificationResult } from "./inventory-api";

type Finding = ClassificationResult["notes"][number];
type SetDiff<T> = { added: T[]; removed: T[] };

export type ClassificationDiff = {
  riskClass: { before: string; after: string } | null;
  euRoles: SetDiff<string>;
  frameworks: SetDiff<string>;
  obligations: SetDiff<string>;
  /** Findings and notes, matched by their code. */
  findings: SetDiff<Finding>;
  rulesVersion: { before: string; after: string } | null;
  isSame: boolean;
};

function setDiff(before: readonly string[], after: readonly string[]): SetDiff<string> {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)), removed: [...b].filter((x) => !a.has(x)) };
}

function findingsOf(c: ClassificationResult): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of c.frameworks) for (const finding of f.findings) out.set(finding.code, finding);
  for (const note of c.notes) out.set(note.code, note);
  return out;
}

/** The difference from an older result to a newer one. */
export function diffClassifications(
  older: ClassificationResult,
  newer: ClassificationResult,
): ClassificationDiff {
  const before = findingsOf(older);
  const after = findingsOf(newer);
  const diff: ClassificationDiff = {
    riskClass:
      older.euRiskClass === newer.euRiskClass
        ? null
        : { before: older.euRiskClass, after: newer.euRiskClass },
    euRoles: setDiff(older.euRoles, newer.euRoles),
    frameworks: setDiff(
      older.frameworks.map((f) => f.frameworkRef),
      newer.frameworks.map((f) => f.frameworkRef),
    ),
    obligations: setDiff(
      older.frameworks.flatMap((f) => f.obligations),
      newer.frameworks.flatMap((f) => f.obligations),
    ),
    findings: {
      added: [...after.values()].filter((f) => !before.has(f.code)),
      removed: [...before.values()].filter((f) => !after.has(f.code)),
    },
    rulesVersion:
      older.rulesVersion === newer.rulesVersion
        ? null
        : { before: older.rulesVersion, after: newer.rulesVersion },
    isSame: false,
  };
  diff.isSame =
    !diff.riskClass &&
    !diff.rulesVersion &&
    [diff.euRoles, diff.frameworks, diff.obligations, diff.findings].every(
      (d) => d.added.length === 0 && d.removed.length === 0,
    );
  return diff;
}

/**
 * History entries (newest first, as the server pages them) with what each changed from the one
 * before it; the oldest entry on the page has no predecessor to compare with (null).
 */
export function historyWithChanges(
  entries: readonly ClassificationHistoryEntry[],
): { entry: ClassificationHistoryEntry; changes: ClassificationDiff | null }[] {
  return entries.map((entry, i) => {
    const previous = entries[i + 1];
    return { entry, changes: previous ? diffClassifications(previous.result, entry.result) : null };
  });
}

const list = (items: readonly string[]) => items.join(", ");

/** The changes as short sentences ("EU risk class: minimal-risk → high-risk"). */
export function changeSentences(
  diff: ClassificationDiff,
  labelOf: (ref: string) => string = (r) => r,
): string[] {
  const out: string[] = [];
  if (diff.riskClass) out.push(`EU risk class: ${diff.riskClass.before} → ${diff.riskClass.after}`);
  if (diff.euRoles.added.length) out.push(`Now EU ${list(diff.euRoles.added)}`);
  if (diff.euRoles.removed.length) out.push(`No longer EU ${list(diff.euRoles.removed)}`);
  if (diff.frameworks.added.length) out.push(`Now applies: ${list(diff.frameworks.added.map(labelOf))}`);
  if (diff.frameworks.removed.length)
    out.push(`No longer applies: ${list(diff.frameworks.removed.map(labelOf))}`);
  const { added, removed } = diff.obligations;
  if (added.length || removed.length)
    out.push(`Obligations: ${added.length} added, ${removed.length} removed`);
  for (const f of diff.findings.added) out.push(`New finding: ${f.conclusion}`);
  for (const f of diff.findings.removed) out.push(`Finding dropped: ${f.conclusion}`);
  if (diff.rulesVersion) out.push(`Rules version ${diff.rulesVersion.before} → ${diff.rulesVersion.after}`);
  return out;
}
