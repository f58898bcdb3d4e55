import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Framework } from "../catalog-schema.js";
import { frameworkToCsv, parseFrameworkCsv } from "./framework-csv.js";
import { MAX_CATALOG_FILE_ROWS, type CatalogParseResult } from "./shared.js";

const catalogsDir = fileURLToPath(new URL("../../../../../catalogs/", import.meta.url));
const frameworks = readdirSync(catalogsDir)
  .filter((folder) => existsSync(`${catalogsDir}${folder}/framework.json`))
  .map((folder) => ({
    folder,
    framework: JSON.parse(readFileSync(`${catalogsDir}${folder}/framework.json`, "utf8")) as Framework,
  }));

const HEADER = [
  "#id,demo-standard",
  "#version,2025",
  "#name,Demo standard",
  "#publisher,Demo body",
  "#kind,standard",
  "#url,https://example.org/demo",
  "#sources,unit test",
];
const COLUMNS = "id,title,summary,kind,assessable,parent";

function csv(...rows: string[]): string {
  return [...HEADER, COLUMNS, ...rows].join("\n");
}

function errorsOf<T>(result: CatalogParseResult<T>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("expected errors");
  expect(result).not.toHaveProperty("value");
  return result.errors;
}

describe("framework CSV round trip", () => {
  it("finds the catalogs", () => {
    expect(frameworks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(frameworks)("$folder survives CSV export and import unchanged", ({ framework }) => {
    const result = parseFrameworkCsv(frameworkToCsv(framework));
    expect(result.ok && result.value).toStrictEqual(framework);
  });

  it("writes a sortOrder column only when row order is not enough", () => {
    const sample = frameworks[0]?.framework as Framework;
    expect(frameworkToCsv(sample)).not.toMatch(/,sortOrder\n/);
    const spaced = {
      ...sample,
      requirements: sample.requirements.map((requirement) => ({
        ...requirement,
        sortOrder: requirement.sortOrder * 10,
      })),
    };
    const text = frameworkToCsv(spaced);
    expect(text).toMatch(/,sortOrder\n/);
    const result = parseFrameworkCsv(text);
    expect(result.ok && result.value).toStrictEqual(spaced);
  });

  it("guards cells against spreadsheet formulas and escapes ; inside list items", () => {
    const text = csv("G,=HYPERLINK(1),-starts with a dash,topic,false,");
    const parsed = parseFrameworkCsv(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const framework: Framework = {
      ...parsed.value,
      requirements: [
        ...parsed.value.requirements,
        {
          id: "G.1",
          title: "'=already quoted",
          summary: "+plus",
          kind: "control",
          assessable: true,
          parent: "G",
          tags: { scope: ["a;b", "back\\slash"], roles: ["provider", "deployer"] },
          aliases: ["@alias"],
          sortOrder: 1,
        },
      ],
    };
    const out = frameworkToCsv(framework);
    expect(out).toContain("'=HYPERLINK(1)");
    expect(out).toContain("''=already quoted");
    expect(out).toContain("a\\;b; back\\\\slash");
    expect(out).not.toMatch(/(^|,)[=+\-@]/m);
    const result = parseFrameworkCsv(out);
    expect(result.ok && result.value).toStrictEqual(framework);
  });
});

describe("framework CSV as a spreadsheet writes it", () => {
  it("accepts a byte-order mark, CRLF, padded empty cells, TRUE/FALSE, comments and any column order", () => {
    const text =
      "\uFEFF" +
      [
        "## exported from a spreadsheet,,,",
        ...HEADER.map((line) => `${line},,,`),
        "",
        ",,,,,",
        "Parent,Assessable,ID,Title,Summary,Kind,Roles",
        ",FALSE,G,Group,A group.,topic,",
        "G,TRUE,G.1,One,First.,control,provider ; deployer",
      ].join("\r\n");
    const result = parseFrameworkCsv(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.requirements).toEqual([
      {
        id: "G",
        title: "Group",
        summary: "A group.",
        kind: "topic",
        assessable: false,
        parent: null,
        tags: {},
        sortOrder: 0,
      },
      {
        id: "G.1",
        title: "One",
        summary: "First.",
        kind: "control",
        assessable: true,
        parent: "G",
        tags: { roles: ["provider", "deployer"] },
        sortOrder: 1,
      },
    ]);
  });

  it("takes missing metadata from the meta argument, the file winning", () => {
    const text = ["#name,From the file", COLUMNS, "G,Group,A group.,topic,false,"].join("\n");
    const result = parseFrameworkCsv(text, {
      id: "custom",
      version: "1",
      name: "From the caller",
      publisher: "Us",
      kind: "guidance",
      url: "https://example.org/custom",
      sources: ["our policy"],
    });
    expect(result.ok && result.value.name).toBe("From the file");
    expect(result.ok && result.value.id).toBe("custom");
  });
});

describe("framework CSV errors", () => {
  it("reports a bad kind on its line (line 7 here) with the column and the value found", () => {
    const text = ["#id,demo", "#version,1", "#name,Demo", "#publisher,Me", "#kind,standard", COLUMNS]
      .concat(["G,Group,A group.,contrl,false,"])
      .join("\n")
      .replace("#kind,standard", "#kind,standard\n#url,https://example.org\n#sources,test")
      .replace("#publisher,Me\n", "");
    const lines = text.split("\n");
    expect(lines[6]).toMatch(/^G,/);
    const errors = errorsOf(
      parseFrameworkCsv(
        text
          .replace("#name,Demo", "#name,Demo\n#publisher,Me")
          .replace(/\n#url/, "#url")
          .replace("standard#url", "standard\n#url"),
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({ line: 8, field: "kind", message: expect.stringContaining('found "contrl"') }),
    ]);
  });
});
