import { describe, expect, it } from "vitest";
import { diffText, unifiedRows } from "./document-diff.js";

describe("line differences", () => {
  it("finds added, removed and unchanged runs in order", () => {
    const before = "# AI policy\n\nWe use AI responsibly.\nOwner: CTO\n";
    const after = "# AI policy\n\nWe use AI responsibly and lawfully.\nOwner: CTO\nReviewed yearly.\n";
    const d = diffText(before, after);
    expect(d.hunks).toEqual([
      { kind: "unchanged", lines: ["# AI policy", ""] },
      { kind: "removed", lines: ["We use AI responsibly."] },
      { kind: "added", lines: ["We use AI responsibly and lawfully."] },
      { kind: "unchanged", lines: ["Owner: CTO"] },
      { kind: "added", lines: ["Reviewed yearly."] },
    ]);
    expect(d).toMatchObject({ added: 2, removed: 1, unchanged: 3 });
  });

  it("ignores line endings and a missing final newline", () => {
    expect(diffText("a\r\nb\r\n", "a\nb")).toMatchObject({ added: 0, removed: 0, unchanged: 2 });
  });

  it("handles empty texts on either side", () => {
    expect(diffText("", "one\ntwo")).toMatchObject({ hunks: [{ kind: "added", lines: ["one", "two"] }] });
    expect(diffText("one", "")).toMatchObject({ hunks: [{ kind: "removed", lines: ["one"] }] });
    expect(diffText("", "")).toMatchObject({ hunks: [], added: 0, removed: 0 });
  });

  it("folds long unchanged runs between changes, with line numbers", () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const changed = [...lines];
    changed[0] = "first changed";
    changed[19] = "last changed";
    const rows = unifiedRows(diffText(lines.join("\n"), changed.join("\n")), 2);
    expect(rows[0]).toEqual({ kind: "removed", line: "line 1", oldNumber: 1, newNumber: null });
    expect(rows[1]).toEqual({ kind: "added", line: "first changed", oldNumber: null, newNumber: 1 });
    expect(rows[2]).toEqual({ kind: "unchanged", line: "line 2", oldNumber: 2, newNumber: 2 });
    expect(rows.find((r) => r.kind === "folded")).toEqual({ kind: "folded", count: 14 });
    expect(rows.at(-1)).toEqual({ kind: "added", line: "last changed", oldNumber: null, newNumber: 20 });
  });
});
