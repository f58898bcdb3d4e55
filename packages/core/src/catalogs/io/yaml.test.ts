import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Crosswalk, Framework } from "../catalog-schema.js";
import { crosswalkToYaml, parseCrosswalkYaml } from "./crosswalk-yaml.js";
import { frameworkToYaml, parseFrameworkYaml } from "./framework-yaml.js";
import type { CatalogParseResult } from "./shared.js";

const catalogsDir = fileURLToPath(new URL("../../../../../catalogs/", import.meta.url));
const frameworks = readdirSync(catalogsDir)
  .filter((folder) => existsSync(`${catalogsDir}${folder}/framework.json`))
  .map((folder) => ({
    folder,
    framework: JSON.parse(readFileSync(`${catalogsDir}${folder}/framework.json`, "utf8")) as Framework,
  }));
const crosswalks = readdirSync(`${catalogsDir}crosswalks`)
  .filter((file) => file.endsWith(".json"))
  .map((file) => ({
    file,
    crosswalk: JSON.parse(readFileSync(`${catalogsDir}crosswalks/${file}`, "utf8")) as Crosswalk,
  }));

function errorsOf<T>(result: CatalogParseResult<T>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected errors");
  expect(result).not.toHaveProperty("value");
  return result.errors;
}

const HEADER = `id: demo
version: "1"
name: Demo
publisher: Me
kind: standard
url: https://example.org
sources: [unit test]
requirements:
`;

function requirement(id: string, lines: string[] = []): string {
  const fields = {
    title: "T",
    summary: "S",
    kind: "control",
    assessable: "true",
    parent: "null",
    tags: "{}",
    sortOrder: "0",
  };
  const overrides = new Map(lines.map((line) => [line.split(":")[0] as string, line]));
  const body = Object.entries(fields).map(([key, value]) => overrides.get(key) ?? `${key}: ${value}`);
  const extra = lines.filter((line) => !((line.split(":")[0] as string) in fields));
  return [`  - id: ${id}`, ...[...body, ...extra].map((line) => `    ${line}`)].join("\n");
}

describe("YAML round trip", () => {
  it.each(frameworks)("framework $folder survives YAML export and import unchanged", ({ framework }) => {
    const result = parseFrameworkYaml(frameworkToYaml(framework));
    expect(result.ok && result.value).toStrictEqual(framework);
  });

  it.each(crosswalks)("crosswalk $file survives YAML export and import unchanged", ({ crosswalk }) => {
    const result = parseCrosswalkYaml(crosswalkToYaml(crosswalk));
    expect(result.ok && result.value).toStrictEqual(crosswalk);
  });

  it("writes each value on one line and quotes strings that look like numbers", () => {
    const sample = frameworks.find(({ folder }) => folder === "iso-iec-42001-2023")?.framework as Framework;
    const text = frameworkToYaml(sample);
    expect(text).toContain('version: "2023"');
    expect(text).toContain('- id: "4.1"');
  });
});

describe("framework YAML errors", () => {
  it("reports problems on the line of the offending key, with the path", () => {
    // Lines 9-16 are the first requirement, 17-25 the second.
    const text =
      HEADER +
      [
        requirement("G", ["kind: topic", "assessable: false"]),
        requirement("G", ["kind: contrl", "parent: NOPE", "sortOrder: 1", "colour: red"]),
      ].join("\n");
    expect(text.split("\n")[16]).toBe("  - id: G");
    expect(errorsOf(parseFrameworkYaml(text))).toEqual([
      { line: 17, field: "requirements[1].id", message: 'duplicate id "G" (first at line 9)' },
      { line: 20, field: "requirements[1].kind", message: expect.stringContaining('found "contrl"') },
      { line: 22, field: "requirements[1].parent", message: 'parent "NOPE" of "G" does not exist' },
      { line: 25, field: "requirements[1]", message: 'Unrecognized key: "colour"' },
    ]);
  });

  it("asks for quotes around a version written as a number", () => {
    const text = HEADER.replace('version: "1"', "version: 1.0") + requirement("G");
    expect(errorsOf(parseFrameworkYaml(text))).toEqual([
      {
        line: 2,
        field: "version",
        message: "Invalid input: expected string, received number (1); put the value in quotes",
      },
    ]);
  });

  it("reports missing fields at their parent and syntax errors at their line", () => {
    const missing = HEADER.replace("publisher: Me\n", "") + requirement("G");
    expect(errorsOf(parseFrameworkYaml(missing))).toEqual([
      { line: 1, field: "publisher", message: "is required but missing" },
    ]);
    expect(errorsOf(parseFrameworkYaml(`${HEADER}\t- id: G\n`))).toEqual([
      { line: 9, message: "YAML: Tabs are not allowed as indentation" },
    ]);
    expect(errorsOf(parseFrameworkYaml(`${HEADER.replace("kind: standard", "name: Again")}`))).toEqual([
      { line: 5, message: "YAML: Map keys must be unique" },
    ]);
  });

  it("refuses empty, comment-only and oversized files", () => {
    expect(errorsOf(parseFrameworkYaml(""))).toEqual([{ line: null, message: "file is empty" }]);
    expect(errorsOf(parseFrameworkYaml("# nothing here\n"))).toEqual([
      { line: null, message: "file has no content" },
    ]);
    expect(errorsOf(parseFrameworkYaml(`${HEADER}# ${"x".repeat(5 * 1024 * 1024)}`))[0]?.message).toMatch(
      /too big/,
    );
  });
});

describe("crosswalk YAML errors", () => {
  it("reports a bad ref, a wrong relationship and a duplicate pair on their lines", () => {
    const entry = (relationship: string) =>
      `  - from: x\n    to: y\n    relationship: ${relationship}\n    rationale: r\n    confidence: high\n    source: s`;
    const text = `from: a:1\nto: b\nentries:\n${entry("intersects-with")}\n${entry("same")}\n`;
    expect(errorsOf(parseCrosswalkYaml(text))).toEqual([
      { line: 2, field: "to", message: "must be <frameworkId>:<version>, e.g. iso-iec-42001:2023" },
      { line: 10, field: "entries[1]", message: "duplicate pair x -> y (first at line 4)" },
      { line: 12, field: "entries[1].relationship", message: expect.stringContaining('found "same"') },
    ]);
  });
});
