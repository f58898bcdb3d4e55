import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Framework } from "../catalog-schema.js";
import { frameworkToCsv, parseFrameworkCsv, type FrameworkHeader } from "./framework-csv.js";
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
const TOP = { assessable: false, parent: null, tags: {}, sortOrder: 0 };

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
    const [group, child] = result.value.requirements;
    expect(group).toEqual({ ...{ id: "G", title: "Group", summary: "A group.", kind: "topic" }, ...TOP });
    expect(child).toMatchObject({ id: "G.1", assessable: true, parent: "G", sortOrder: 1 });
    expect(child?.tags).toEqual({ roles: ["provider", "deployer"] });
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
  // HEADER is lines 1-7 and COLUMNS line 8, so the first table row is on line 9.
  const META: Partial<FrameworkHeader> = {
    kind: "standard",
    url: "https://example.org/demo",
    sources: ["unit test"],
  };

  it("reports a bad kind on line 7 with the column and the value found", () => {
    const text = [
      "#id,demo",
      "#version,1",
      "#name,Demo",
      "#publisher,Me",
      COLUMNS,
      "G,Group,A group.,topic,false,",
      "G.1,One,First.,contrl,true,G",
    ].join("\n");
    expect(errorsOf(parseFrameworkCsv(text, META))).toEqual([
      { line: 7, field: "kind", message: expect.stringContaining('found "contrl"') },
    ]);
  });

  it("reports a duplicate id on the second row, naming the line of the first", () => {
    const errors = errorsOf(
      parseFrameworkCsv(
        csv("G,Group,A group.,topic,false,", "G.1,One,x,control,true,G", "G.1,Two,y,control,true,G"),
      ),
    );
    expect(errors).toEqual([{ line: 11, field: "id", message: 'duplicate id "G.1" (first at line 10)' }]);
  });

  it("reports a missing parent, a missing related id and a parent cycle on their rows", () => {
    const text = [...HEADER, `${COLUMNS},related`]
      .concat([
        "G,Group,A group.,topic,false,,",
        "G.1,One,x,control,true,NOPE,",
        "G.2,Two,y,control,true,G,G.9",
        "C1,Loop,z,control,true,C2,",
        "C2,Loop,z,control,true,C1,",
      ])
      .join("\n");
    expect(errorsOf(parseFrameworkCsv(text))).toEqual([
      { line: 10, field: "parent", message: 'parent "NOPE" of "G.1" does not exist' },
      { line: 11, field: "related", message: 'related requirement "G.9" does not exist' },
      { line: 12, field: "parent", message: "parent cycle: C1 -> C2 -> C1" },
    ]);
  });

  it("reports every problem of the file at once, shape and tree alike, and returns no value", () => {
    const errors = errorsOf(
      parseFrameworkCsv(
        csv(
          "G,Group,A group.,topic,false,",
          "G.1,One,x,contrl,maybe,G",
          "G.1,Two,y,control,true,MISSING",
          "G.3,,z,control,true,G",
        ),
      ),
    );
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [10, "kind"],
      [10, "assessable"],
      [11, "id"],
      [11, "parent"],
      [12, "title"],
    ]);
    expect(errors.find((error) => error.field === "assessable")?.message).toBe(
      'must be true or false; found "maybe"',
    );
    expect(errors.find((error) => error.field === "title")?.message).toBe("must not be empty");
  });

  it("points an unclosed quote at the line where it opens", () => {
    const errors = errorsOf(
      parseFrameworkCsv(
        csv(
          "G,Group,A group.,topic,false,",
          'G.1,One,"never closed,control,true,G',
          "G.2,Two,y,control,true,G",
        ),
      ),
    );
    expect(errors).toEqual([{ line: 10, message: "quote opened on line 10 is never closed" }]);
  });

  it("flags a row with an unquoted comma that spills past the named columns", () => {
    const errors = errorsOf(
      parseFrameworkCsv(csv("G,Group,A group.,topic,false,", "G.1,One,First, second.,control,true,G")),
    );
    expect(errors[0]).toEqual({ line: 10, message: expect.stringContaining("beyond the 6 named columns") });
    expect(errors.slice(1).map((error) => error.field)).toEqual(["kind", "assessable", "parent"]);
  });

  it("refuses text after a closing quote", () => {
    const errors = errorsOf(parseFrameworkCsv(csv('G,"Group"x,A group.,topic,false,')));
    expect(errors).toEqual([{ line: 9, message: 'unexpected "x" after a closing quote' }]);
  });

  it("counts the physical lines of a quoted cell that spans lines", () => {
    const errors = errorsOf(
      parseFrameworkCsv(
        csv(
          "G,Group,A group.,topic,false,",
          'G.1,"Two\nline title",x,control,true,G',
          "G.2,Two,y,contrl,true,G",
        ),
      ),
    );
    expect(errors).toContainEqual({ line: 10, field: "title", message: expect.stringContaining("U+000A") });
    expect(errors).toContainEqual(expect.objectContaining({ line: 12, field: "kind" }));
  });

  it("reports metadata problems on their # line, and missing metadata with the line to add", () => {
    const text = [
      "#id,Demo Standard",
      "#version,1",
      "#version,2",
      "#colour,blue",
      "#name,Demo",
      "#kind,law-ish",
      "#sources,test",
      COLUMNS,
      "G,Group,A group.,topic,false,",
    ].join("\n");
    expect(errorsOf(parseFrameworkCsv(text))).toEqual([
      { line: null, field: "#publisher", message: 'is required; add a line "#publisher,<value>"' },
      { line: null, field: "#url", message: 'is required; add a line "#url,<value>"' },
      { line: 1, field: "#id", message: "must be lower-case kebab-case" },
      { line: 3, field: "#version", message: "#version is given twice (first on line 2)" },
      { line: 4, field: "#colour", message: expect.stringContaining("unknown metadata key") },
      { line: 6, field: "#kind", message: expect.stringContaining('found "law-ish"') },
    ]);
  });

  it("reports unknown, repeated and missing columns on the header line", () => {
    const text = [...HEADER, "id,title,summary,kind,Title,colour"]
      .concat(["G,Group,A group.,topic,Group,red"])
      .join("\n");
    expect(errorsOf(parseFrameworkCsv(text))).toEqual([
      { line: 8, field: "Title", message: "column appears twice" },
      { line: 8, field: "colour", message: expect.stringContaining("unknown column") },
      { line: 8, field: "assessable", message: "required column is missing" },
    ]);
  });

  it("refuses a bad sortOrder and a table without rows", () => {
    const text = [...HEADER, `${COLUMNS},sortOrder`, "G,Group,A group.,topic,false,,first"].join("\n");
    expect(errorsOf(parseFrameworkCsv(text))).toEqual([
      { line: 9, field: "sortOrder", message: 'must be a whole number; found "first"' },
    ]);
    expect(errorsOf(parseFrameworkCsv(csv()))).toEqual([
      { line: 8, field: "requirements", message: "Too small: expected array to have >=1 items" },
    ]);
    expect(errorsOf(parseFrameworkCsv(HEADER.join("\n")))[0]?.message).toMatch(/^no requirements table/);
  });

  it("refuses an empty file, a file over 5 MB and more than 20,000 rows", () => {
    expect(errorsOf(parseFrameworkCsv(""))).toEqual([{ line: null, message: "file is empty" }]);
    expect(errorsOf(parseFrameworkCsv(" \n\n"))).toEqual([{ line: null, message: "file is empty" }]);
    const big = csv(`G,Group,${"x".repeat(5 * 1024 * 1024)},topic,false,`);
    expect(errorsOf(parseFrameworkCsv(big))[0]?.message).toMatch(/too big .* the limit is 5 MB/);
    const rows = Array.from({ length: MAX_CATALOG_FILE_ROWS + 1 }, (_, i) => `R${i},T,S,topic,false,`);
    expect(errorsOf(parseFrameworkCsv(csv(...rows)))).toEqual([
      { line: null, message: "file has 20001 requirement rows; the limit is 20,000" },
    ]);
  });
});
