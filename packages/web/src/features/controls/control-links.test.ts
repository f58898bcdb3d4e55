import { describe, expect, it } from "vitest";
import { apiErrorFrom } from "../../api/errors";
import {
  groupLinksByFramework,
  linkErrorsOf,
  linksOf,
  linksReducer,
  sameLinks,
  type LinkDraft,
} from "./control-links";

function draft(
  frameworkRef: string,
  requirementId: string,
  coverage: "full" | "partial" = "full",
): LinkDraft {
  return {
    requirementKey: `${frameworkRef}/${requirementId}`,
    frameworkRef,
    requirementId,
    title: requirementId,
    coverage,
    note: "",
  };
}

const ISO = "iso-iec-42001:2023";
const NIST = "nist-ai-rmf:1.0";

describe("linksReducer", () => {
  const start = [draft(ISO, "4.1")];

  it("adds a new link at the end", () => {
    const next = linksReducer(start, { type: "add", link: draft(NIST, "GOVERN 1.1", "partial") });
    expect(next.map((l) => l.requirementKey)).toEqual([`${ISO}/4.1`, `${NIST}/GOVERN 1.1`]);
    expect(start).toHaveLength(1);
  });

  it("updates coverage (and a given note) when the requirement is already linked", () => {
    const withNote = linksReducer(start, { type: "setNote", requirementKey: `${ISO}/4.1`, note: "keep" });
    const next = linksReducer(withNote, { type: "add", link: { ...draft(ISO, "4.1", "partial") } });
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ coverage: "partial", note: "keep" });
  });

  it("removes, changes coverage and edits the note of one link", () => {
    const two = [draft(ISO, "4.1"), draft(ISO, "4.2")];
    expect(
      linksReducer(two, { type: "remove", requirementKey: `${ISO}/4.1` }).map((l) => l.requirementId),
    ).toEqual(["4.2"]);
    const partial = linksReducer(two, {
      type: "setCoverage",
      requirementKey: `${ISO}/4.2`,
      coverage: "partial",
    });
    expect(partial.map((l) => l.coverage)).toEqual(["full", "partial"]);
    const noted = linksReducer(two, {
      type: "setNote",
      requirementKey: `${ISO}/4.1`,
      note: "Scope statement",
    });
    expect(noted[0]?.note).toBe("Scope statement");
    expect(noted[1]?.note).toBe("");
  });
});

describe("linksOf and sameLinks", () => {
  it("sends key, coverage and trimmed note", () => {
    expect(linksOf([{ ...draft(ISO, "4.1"), note: " why " }])).toEqual([
      { requirementKey: `${ISO}/4.1`, coverage: "full", note: "why" },
    ]);
  });

  it("compares regardless of order", () => {
    const a = linksOf([draft(ISO, "4.1"), draft(ISO, "4.2", "partial")]);
    const b = linksOf([draft(ISO, "4.2", "partial"), draft(ISO, "4.1")]);
    expect(sameLinks(a, b)).toBe(true);
    expect(sameLinks(a, linksOf([draft(ISO, "4.1"), draft(ISO, "4.2")]))).toBe(false);
    expect(sameLinks(a, a.slice(1))).toBe(false);
  });
});

describe("groupLinksByFramework", () => {
  it("groups by framework name and sorts ids naturally", () => {
    const names: Record<string, string> = { [ISO]: "ISO/IEC 42001", [NIST]: "NIST AI RMF" };
    const groups = groupLinksByFramework(
      [draft(NIST, "MAP 1.10"), draft(ISO, "A.10"), draft(NIST, "MAP 1.2"), draft(ISO, "A.2")],
      (ref) => names[ref] ?? ref,
    );
    expect(groups.map((g) => g.label)).toEqual(["ISO/IEC 42001", "NIST AI RMF"]);
    expect(groups[0]?.links.map((l) => l.requirementId)).toEqual(["A.2", "A.10"]);
    expect(groups[1]?.links.map((l) => l.requirementId)).toEqual(["MAP 1.2", "MAP 1.10"]);
  });
});

describe("linkErrorsOf", () => {
  it("puts the server's messages on the link at that position", () => {
    const drafts = [draft(ISO, "4.1"), draft(ISO, "nope")];
    const error = apiErrorFrom(400, {
      error: {
        code: "VALIDATION_FAILED",
        message: "unknown requirement",
        details: {
          issues: [
            { path: "links.1.requirementKey", message: "unknown requirement iso-iec-42001:2023/nope" },
            { path: "body.links.0.note", message: "must be at most 1000 characters" },
            { path: "links.9.coverage", message: "no such link" },
            { path: "title", message: "must not be empty" },
          ],
        },
      },
    });
    expect(linkErrorsOf(error, drafts)).toEqual({
      [`${ISO}/nope`]: "unknown requirement iso-iec-42001:2023/nope",
      [`${ISO}/4.1`]: "must be at most 1000 characters",
    });
    expect(linkErrorsOf(null, drafts)).toEqual({});
  });
});
