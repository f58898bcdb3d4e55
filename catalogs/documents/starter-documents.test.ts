// Checks the starter governance documents: every Markdown file in this folder (except the README) has
// front matter in the format the document loader reads, cites only existing ISO/IEC 42001
// requirements, and has a body that is plain Markdown with one level-1 heading.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface FrontMatter {
  code: string;
  title: string;
  kind: string;
  summary: string;
  reviewEveryMonths: number;
  requirements: string[];
}
interface CatalogFramework {
  id: string;
  version: string;
  requirements: { id: string }[];
}

const documentsDir = path.dirname(fileURLToPath(import.meta.url));
const catalogsDir = path.resolve(documentsDir, "..");

const iso = JSON.parse(
  readFileSync(path.join(catalogsDir, "iso-iec-42001-2023", "framework.json"), "utf8"),
) as CatalogFramework;
const ISO_42001 = `${iso.id}:${iso.version}`;
const isoKeys = new Set(iso.requirements.map((r) => `${ISO_42001}/${r.id}`));

const KINDS = ["policy", "procedure", "standard", "record"];
const FIELDS = ["code", "kind", "requirements", "reviewEveryMonths", "summary", "title"];
/** The starter set the platform offers; a new document is added here as well as to the README. */
const STARTER_CODES = [
  "ai-incident-procedure",
  "ai-policy",
  "ai-risk-management-procedure",
  "ai-system-impact-assessment-procedure",
  "ai-system-life-cycle-procedure",
  "data-for-ai-procedure",
  "supplier-procedure",
];

/** Front matter between the opening `---` line and the next `---` line, then the body. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

interface StarterDocument {
  file: string;
  text: string;
  frontMatter: unknown;
  /** The YAML parser's message when the front matter does not parse. */
  parseError: string | null;
  body: string;
}

const parseYaml = (source: string): { value: unknown; error: string | null } => {
  try {
    return { value: parse(source) as unknown, error: null };
  } catch (e) {
    return { value: undefined, error: e instanceof Error ? e.message : String(e) };
  }
};

const files = readdirSync(documentsDir)
  .filter((name) => name.endsWith(".md") && name !== "README.md")
  .sort();
const documents: StarterDocument[] = files.map((file) => {
  const text = readFileSync(path.join(documentsDir, file), "utf8");
  const match = FRONT_MATTER.exec(text);
  const { value, error } = match ? parseYaml(match[1] ?? "") : { value: undefined, error: null };
  return { file, text, frontMatter: value, parseError: error, body: match?.[2] ?? "" };
});
const meta = (doc: StarterDocument) => doc.frontMatter as FrontMatter;

/** Body lines outside fenced code blocks. */
const proseLines = (body: string): string[] => {
  let fenced = false;
  return body.split("\n").filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return !fenced && !/^\s*(```|~~~)/.test(line);
  });
};

describe("starter documents", () => {
  it("holds exactly the starter set", () => {
    expect(files.map((f) => f.replace(/\.md$/, ""))).toEqual(STARTER_CODES);
  });

  it.each(documents.map((d) => [d.file, d] as const))("%s has parsable front matter", (file, doc) => {
    expect(doc.text, `${file}: use \\n line endings`).not.toMatch(/\r/);
    expect(FRONT_MATTER.test(doc.text), `${file}: no front matter between --- lines`).toBe(true);
    expect(doc.parseError, `${file}: front matter is not valid YAML`).toBeNull();
    expect(doc.frontMatter, file).toBeTypeOf("object");
    expect(doc.frontMatter, file).not.toBeNull();
    expect(Object.keys(doc.frontMatter as object).sort(), file).toEqual(FIELDS);
  });

  it.each(documents.map((d) => [d.file, d] as const))("%s has well-formed fields", (file, doc) => {
    const { code, title, kind, summary, reviewEveryMonths } = meta(doc);
    expect(code, file).toBe(file.replace(/\.md$/, ""));
    expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(typeof title).toBe("string");
    expect(title.trim()).toBe(title);
    expect(title.length).toBeGreaterThan(3);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(KINDS).toContain(kind);
    expect(typeof summary).toBe("string");
    expect(summary).not.toMatch(/\n/);
    expect(summary).toMatch(/^[A-Z].{19,249}\.$/);
    expect(Number.isInteger(reviewEveryMonths), `${code}: reviewEveryMonths`).toBe(true);
    expect(reviewEveryMonths).toBeGreaterThanOrEqual(1);
    expect(reviewEveryMonths).toBeLessThanOrEqual(36);
  });

  it.each(documents.map((d) => [d.file, d] as const))(
    "%s cites existing ISO/IEC 42001 requirements",
    (file, doc) => {
      const { requirements } = meta(doc);
      expect(Array.isArray(requirements), `${file}: requirements is a list`).toBe(true);
      expect(requirements.length).toBeGreaterThanOrEqual(1);
      expect(new Set(requirements).size, `${file}: duplicate requirement`).toBe(requirements.length);
      for (const key of requirements) {
        expect(isoKeys.has(key), `${file}: unknown requirement ${key}`).toBe(true);
      }
    },
  );

  it.each(documents.map((d) => [d.file, d] as const))(
    "%s has one level-1 heading, the title, and no raw HTML",
    (file, doc) => {
      const lines = proseLines(doc.body);
      const headings = lines.filter((line) => /^# /.test(line));
      expect(headings, `${file}: level-1 headings`).toEqual([`# ${meta(doc).title}`]);
      expect(
        lines.find((line) => line.trim() !== ""),
        `${file}: the body starts with its heading`,
      ).toBe(`# ${meta(doc).title}`);
      const html = doc.body.split("\n").filter((line) => /<[A-Za-z!/]/.test(line));
      expect(html, `${file}: raw HTML`).toEqual([]);
    },
  );

  it("gives every document a unique title", () => {
    const titles = documents.map((d) => meta(d).title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });
});
