import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Crosswalk, Framework } from "../catalog-schema.js";
import { crosswalkToCsv } from "./crosswalk-csv.js";
import { crosswalkToYaml } from "./crosswalk-yaml.js";
import { frameworkToCsv } from "./framework-csv.js";
import { frameworkToYaml } from "./framework-yaml.js";
import { parseCatalogFile, type ParsedCatalogFile } from "./import-file.js";

const catalogsDir = fileURLToPath(new URL("../../../../../catalogs/", import.meta.url));
const read = (path: string) => readFileSync(`${catalogsDir}${path}`, "utf8");
const gdprText = read("gdpr-2016/framework.json");
const gdpr = JSON.parse(gdprText) as Framework;
const iso = JSON.parse(read("iso-iec-42001-2023/framework.json")) as Framework;
const crosswalkText = read("crosswalks/iso-iec-42001-2023__gdpr-2016.json");
const crosswalk = JSON.parse(crosswalkText) as Crosswalk;

function errorsOf(result: ParsedCatalogFile) {
  if (result.ok) throw new Error("expected errors");
  expect(result).not.toHaveProperty("value");
  return result.errors;
}

describe("parseCatalogFile", () => {
  it.each([
    ["csv", frameworkToCsv(gdpr)],
    ["yaml", frameworkToYaml(gdpr)],
    ["json", gdprText],
  ] as const)("recognizes a framework in %s", (format, text) => {
    expect(parseCatalogFile(text, format)).toStrictEqual({ ok: true, kind: "framework", value: gdpr });
  });

  it.each([
    ["csv", crosswalkToCsv(crosswalk)],
    ["yaml", crosswalkToYaml(crosswalk)],
    ["json", crosswalkText],
  ] as const)("recognizes a crosswalk in %s", (format, text) => {
    expect(parseCatalogFile(text, format)).toStrictEqual({ ok: true, kind: "crosswalk", value: crosswalk });
  });

  it("passes framework metadata to CSV and known frameworks to crosswalk checks", () => {
    const withoutId = frameworkToCsv(gdpr).replace("#id,gdpr\n", "");
    expect(errorsOf(parseCatalogFile(withoutId, "csv"))[0]?.field).toBe("#id");
    const result = parseCatalogFile(withoutId, "csv", { frameworkMeta: { id: "gdpr" } });
    expect(result.ok && result.kind === "framework" && result.value).toStrictEqual(gdpr);

    const resolveFramework = (ref: string) => [iso, gdpr].find((f) => `${f.id}:${f.version}` === ref);
    const dangling = crosswalkText.replace('"to": "Art. 35"', '"to": "Art. 350"');
    expect(parseCatalogFile(dangling, "json").ok).toBe(true);
    const errors = errorsOf(parseCatalogFile(dangling, "json", { resolveFramework }));
    const line = crosswalkText.split("\n").findIndex((text) => text.includes('"to": "Art. 35"')) + 1;
    expect(errors).toEqual([
      { line, field: "entries[0].to", message: '"Art. 350" is not a requirement of gdpr:2016' },
    ]);
  });

  it("reports JSON syntax errors and JSON validation errors by line", () => {
    const broken = gdprText.replace('"kind": "law",', '"kind": "law"');
    const syntax = errorsOf(parseCatalogFile(broken, "json"));
    expect(syntax).toHaveLength(1);
    expect(syntax[0]?.line).toBe(
      gdprText.split("\n").findIndex((text) => text.includes('"kind": "law"')) + 2,
    );
    expect(syntax[0]?.message).toMatch(/^JSON: /);

    const invalid = gdprText.replace('"kind": "article"', '"kind": "articel"');
    const line = gdprText.split("\n").findIndex((text) => text.includes('"kind": "article"')) + 1;
    expect(errorsOf(parseCatalogFile(invalid, "json"))).toEqual([
      {
        line,
        field: expect.stringMatching(/^requirements\[\d+\]\.kind$/),
        message: expect.stringContaining("articel"),
      },
    ]);
  });

  it("refuses content that is neither a framework nor a crosswalk", () => {
    expect(errorsOf(parseCatalogFile("name: something\n", "yaml"))[0]?.message).toMatch(/^cannot tell/);
    expect(errorsOf(parseCatalogFile("[1, 2]", "json"))[0]?.message).toMatch(/^cannot tell/);
    expect(errorsOf(parseCatalogFile("a,b\n1,2\n", "csv"))).toEqual([
      { line: 1, message: expect.stringMatching(/^cannot tell/) },
    ]);
    expect(errorsOf(parseCatalogFile("", "json"))).toEqual([{ line: null, message: "file is empty" }]);
  });
});

describe("the user guide's examples", () => {
  const guide = readFileSync(
    fileURLToPath(new URL("../../../../../docs/user-guide/catalog-files.md", import.meta.url)),
    "utf8",
  );
  const blocks = [...guide.matchAll(/```(csv|yaml)\n([\s\S]*?)```/g)].map((match) => ({
    format: match[1] as "csv" | "yaml",
    text: match[2] as string,
  }));

  it("parse as documented", () => {
    expect(blocks.map((block) => block.format)).toEqual(["csv", "csv", "yaml"]);
    const results = blocks.map((block) => parseCatalogFile(block.text, block.format));
    expect(results.map((result) => (result.ok ? result.kind : result.errors))).toEqual([
      "framework",
      "crosswalk",
      "framework",
    ]);
  });
});
