/**
 * Line differences between two versions of a document (ISO/IEC 42001 7.5.3 change control: what
 * changed between revisions is visible). Computed once here for the server and the web.
 */
import { diffLines } from "diff";

export type DiffHunkKind = "added" | "removed" | "unchanged";
export type DiffHunk = { kind: DiffHunkKind; lines: string[] };
export type TextDiff = { hunks: DiffHunk[]; added: number; removed: number; unchanged: number };

/** Large, very different texts would take long to compare line by line: give up after this. */
const DIFF_TIMEOUT_MS = 2_000;

const linesOf = (value: string): string[] => {
  if (value === "") return [];
  const lines = value.replace(/\r\n/g, "\n").split("\n");
  // A trailing newline ends the last line; it does not start an empty one.
  if (lines.at(-1) === "") lines.pop();
  return lines;
};

function summarize(hunks: DiffHunk[]): TextDiff {
  const count = (kind: DiffHunkKind) =>
    hunks.filter((h) => h.kind === kind).reduce((n, h) => n + h.lines.length, 0);
  return { hunks, added: count("added"), removed: count("removed"), unchanged: count("unchanged") };
}

/**
 * Line-level differences from `before` to `after`: runs of added, removed and unchanged lines in
 * order. Line endings are normalized; a missing final newline is no change.
 */
export function diffText(before: string, after: string): TextDiff {
  const a = linesOf(before).join("\n");
  const b = linesOf(after).join("\n");
  const changes = diffLines(a ? `${a}\n` : "", b ? `${b}\n` : "", { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    // Too costly to align: show everything old as removed and everything new as added.
    return summarize(
      [
        { kind: "removed" as const, lines: linesOf(a) },
        { kind: "added" as const, lines: linesOf(b) },
      ].filter((h) => h.lines.length > 0),
    );
  }
  const hunks: DiffHunk[] = [];
  for (const c of changes) {
    const kind: DiffHunkKind = c.added ? "added" : c.removed ? "removed" : "unchanged";
    const lines = linesOf(c.value);
    if (lines.length === 0) continue;
    const last = hunks.at(-1);
    if (last && last.kind === kind) last.lines.push(...lines);
    else hunks.push({ kind, lines });
  }
  return summarize(hunks);
}

/** A run of unchanged lines shown in full, or folded to its first and last `context` lines. */
export type DiffDisplayRow =
  | { kind: DiffHunkKind; line: string; oldNumber: number | null; newNumber: number | null }
  | { kind: "folded"; count: number };

/**
 * Rows of a unified view: every changed line with its old and new line numbers; long unchanged runs
 * folded so the changes stand out (`context` lines kept on each side).
 */
export function unifiedRows(diff: TextDiff, context = 3): DiffDisplayRow[] {
  const rows: DiffDisplayRow[] = [];
  let oldNo = 1;
  let newNo = 1;
  diff.hunks.forEach((h, index) => {
    if (h.kind === "removed") {
      for (const line of h.lines) rows.push({ kind: "removed", line, oldNumber: oldNo++, newNumber: null });
      return;
    }
    if (h.kind === "added") {
      for (const line of h.lines) rows.push({ kind: "added", line, oldNumber: null, newNumber: newNo++ });
      return;
    }
    const keepHead = index === 0 ? 0 : context;
    const keepTail = index === diff.hunks.length - 1 ? 0 : context;
    const fold = h.lines.length > keepHead + keepTail + 1;
    h.lines.forEach((line, i) => {
      const hidden = fold && i >= keepHead && i < h.lines.length - keepTail;
      if (hidden) {
        if (i === keepHead) rows.push({ kind: "folded", count: h.lines.length - keepHead - keepTail });
      } else rows.push({ kind: "unchanged", line, oldNumber: oldNo, newNumber: newNo });
      oldNo++;
      newNo++;
    });
  });
  return rows;
}
