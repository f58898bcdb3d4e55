import { describe, expect, it } from "vitest";
import { apiErrorFrom } from "../../api/errors";
import { formatOfFileName, guessFormatOfContent, importIssues, importSummary } from "./catalog-import";

describe("formatOfFileName", () => {
  it.each([
    ["policy.csv", "csv"],
    ["Policy.CSV", "csv"],
    ["crosswalk.yml", "yaml"],
    ["framework.yaml", "yaml"],
    ["framework.json", "json"],
    ["notes.txt", null],
    ["csv", null],
  ])("%s is %s", (name, format) => {
    expect(formatOfFileName(name)).toBe(format);
  });
});

describe("guessFormatOfContent", () => {
  it.each([
    ['{ "id": "x" }', "json"],
    ["\uFEFF#id,acme\n#version,1", "csv"],
    ["## comment\n#from,a:1\n#to,b:1", "csv"],
    ["id,title,summary\nP1,a,b", "csv"],
    ["id: acme\nversion: '1'", "yaml"],
    ["---\nid: acme", "yaml"],
    ["", null],
    ["just words", null],
  ])("%j is %s", (text, format) => {
    expect(guessFormatOfContent(text)).toBe(format);
  });
});

describe("importIssues", () => {
  it("lists the problems by line, file-wide first", () => {
    const error = apiErrorFrom(400, {
      error: {
        code: "VALIDATION_FAILED",
        message: "the file is not valid",
        details: {
          issues: [
            { path: "line 12 (kind)", line: 12, message: "unknown kind 'rule'" },
            { path: "line 7", line: 7, message: "id is required" },
            { path: "", message: "no #id line" },
            { path: "line 9", message: "parent P9 does not exist" },
            { message: 3 },
          ],
        },
      },
    });
    expect(importIssues(error)).toEqual([
      { line: null, where: "", label: "", message: "no #id line" },
      { line: 7, where: "line 7", label: "Line 7", message: "id is required" },
      { line: 9, where: "line 9", label: "Line 9", message: "parent P9 does not exist" },
      { line: 12, where: "line 12 (kind)", label: "Line 12 (kind)", message: "unknown kind 'rule'" },
    ]);
  });

  it("is empty for other errors", () => {
    expect(importIssues(apiErrorFrom(409, { error: { code: "CONFLICT", message: "exists" } }))).toEqual([]);
    expect(importIssues(new Error("x"))).toEqual([]);
  });
});

describe("importSummary", () => {
  it("says what was imported", () => {
    expect(importSummary({ kind: "framework", ref: "acme:1", requirementCount: 3 })).toBe(
      "Imported the framework acme:1 with 3 requirements.",
    );
    expect(importSummary({ kind: "crosswalk", ref: "a:1__b:1", entryCount: 1 })).toBe(
      "Imported the crosswalk a:1__b:1 with 1 entry.",
    );
    expect(importSummary({ kind: "crosswalk", ref: "a:1__b:1" })).toBe("Imported the crosswalk a:1__b:1.");
  });
});
