import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Crosswalk, Framework } from "../catalog-schema.js";
import { crosswalkToCsv, parseCrosswalkCsv } from "./crosswalk-csv.js";
import type { CatalogParseResult } from "./shared.js";

const crosswalksDir = fileURLToPath(new URL("../../../../../catalogs/crosswalks/", import.meta.url));
const crosswalks = readdirSync(crosswalksDir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => ({
    file,
    crosswalk: JSON.parse(readFileSync(`${crosswalksDir}${file}`, "utf8")) as Crosswalk,
  }));

const COLUMNS = "from,to,relationship,rationale,confidence,source";

function errorsOf<T>(result: CatalogParseResult<T>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected errors");
  expect(result).not.toHaveProperty("value");
  return result.errors;
}

function framework(id: string, version: string, ids: string[]): Framework {
  return {
    id,
    version,
    name: id,
    publisher: "test",
    kind: "standard",
    url: "https://example.org",
    sources: ["test"],
    requirements: ids.map((requirementId, sortOrder) => ({
      id: requirementId,
      title: requirementId,
      summary: requirementId,
      kind: "control",
      assessable: true,
      parent: null,
      tags: {},
      sortOrder,
    })),
  };
}

describe("crosswalk CSV round trip", () => {
  it("finds the crosswalks", () => {
    expect(crosswalks.length).toBeGreaterThanOrEqual(6);
  });

  it.each(crosswalks)("$file survives CSV export and import unchanged", ({ crosswalk }) => {
    const result = parseCrosswalkCsv(crosswalkToCsv(crosswalk));
    expect(result.ok && result.value).toStrictEqual(crosswalk);
  });

  it("round-trips a crosswalk with no entries, title or notes", () => {
    const empty: Crosswalk = { from: "a:1", to: "b:2", entries: [] };
    expect(parseCrosswalkCsv(crosswalkToCsv(empty))).toStrictEqual({ ok: true, value: empty });
  });
});

describe("crosswalk CSV errors", () => {
  it("reports a wrong relationship on its line with the value found", () => {
    const text = [
      "#from,a:1",
      "#to,b:1",
      COLUMNS,
      "x,y,intersects-with,r,high,s",
      "x,z,same-as,r,high,s",
    ].join("\n");
    expect(errorsOf(parseCrosswalkCsv(text))).toEqual([
      { line: 5, field: "relationship", message: expect.stringContaining('found "same-as"') },
    ]);
  });

  it("reports a malformed framework ref on its # line, and a missing one", () => {
    const text = ["#from,ISO 42001", COLUMNS, "x,y,intersects-with,r,high,s"].join("\n");
    expect(errorsOf(parseCrosswalkCsv(text))).toEqual([
      { line: null, field: "#to", message: 'is required; add a line "#to,<value>"' },
      { line: 1, field: "#from", message: "must be <frameworkId>:<version>, e.g. iso-iec-42001:2023" },
    ]);
  });

  it("reports a duplicate pair together with shape problems, naming the first line", () => {
    const text = [
      "#from,a:1",
      "#to,b:1",
      COLUMNS,
      "x,y,intersects-with,r,high,s",
      "x,y,subset-of,r,sure,s",
      "x,,subset-of,r,low,s",
    ].join("\n");
    expect(errorsOf(parseCrosswalkCsv(text))).toEqual([
      { line: 5, field: "confidence", message: expect.stringContaining('found "sure"') },
      { line: 5, message: "duplicate pair x -> y (first at line 4)" },
      { line: 6, field: "to", message: "must not be empty" },
    ]);
  });

  it("checks entry ends against known frameworks", () => {
    const frameworks = [framework("a", "1", ["x"]), framework("b", "1", ["y"])];
    const resolveFramework = (ref: string) => frameworks.find((f) => `${f.id}:${f.version}` === ref);
    const text = [
      "#from,a:1",
      "#to,b:1",
      COLUMNS,
      "x,y,intersects-with,r,high,s",
      "x,q,intersects-with,r,high,s",
    ].join("\n");
    expect(errorsOf(parseCrosswalkCsv(text, { resolveFramework }))).toEqual([
      { line: 5, field: "to", message: '"q" is not a requirement of b:1' },
    ]);
    expect(parseCrosswalkCsv(text).ok).toBe(true);
  });

  it("checks inverse relationships inside one framework", () => {
    const text = ["#from,a:1", "#to,a:1", COLUMNS, "x,y,subset-of,r,high,s", "y,x,subset-of,r,high,s"].join(
      "\n",
    );
    expect(errorsOf(parseCrosswalkCsv(text))).toEqual([
      { line: 5, field: "relationship", message: "subset-of is not the inverse of subset-of at line 4" },
    ]);
  });

  it("refuses missing columns, unknown metadata and an empty file", () => {
    const text = ["#from,a:1", "#to,b:1", "#owner,me", "from,to,relationship", "x,y,intersects-with"].join(
      "\n",
    );
    const errors = errorsOf(parseCrosswalkCsv(text));
    expect(errors[0]).toEqual({
      line: 3,
      field: "#owner",
      message: expect.stringContaining("unknown metadata key"),
    });
    expect(errors.slice(1).map((error) => [error.line, error.field])).toEqual([
      [4, "rationale"],
      [4, "confidence"],
      [4, "source"],
    ]);
    expect(errorsOf(parseCrosswalkCsv(""))).toEqual([{ line: null, message: "file is empty" }]);
  });
});
