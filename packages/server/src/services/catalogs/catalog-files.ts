import { eq } from "drizzle-orm";
import {
  crosswalkToCsv,
  crosswalkToOscalMappingCollection,
  crosswalkToYaml,
  frameworkToCsv,
  frameworkToOscalCatalog,
  frameworkToYaml,
  parseCatalogFile,
  type CatalogFileError,
} from "@openaims/core/catalog-io";
import { DomainError, frameworkRefOf, invertCrosswalk, type Crosswalk, type Framework } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { crosswalks, frameworks } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import {
  crosswalkRefOf,
  readCrosswalk,
  readFramework,
  upsertCrosswalk,
  upsertFramework,
} from "./catalog-store.js";

export type CatalogFormat = "csv" | "yaml" | "json";
export type ExportFormat = CatalogFormat | "oscal";
export type ImportResult = {
  kind: "framework" | "crosswalk";
  ref: string;
  requirementCount?: number;
  entryCount?: number;
};

function invalid(errors: readonly CatalogFileError[]): DomainError {
  const issues = errors.slice(0, 200).map((e) => ({
    path: e.line === null ? (e.field ?? "file") : `line ${e.line}${e.field ? ` (${e.field})` : ""}`,
    line: e.line,
    message: e.message,
  }));
  const first = issues[0];
  return new DomainError(
    "VALIDATION_FAILED",
    `the file has ${errors.length} problem${errors.length === 1 ? "" : "s"}; nothing was imported${first ? ` (first: ${first.path}: ${first.message})` : ""}`,
    { issues },
  );
}

/** Built-in catalogs are never replaced by an import; a custom one only when asked to. */
async function assertReplaceable(
  db: DbOrTx,
  table: "framework" | "crosswalk",
  ref: string,
  replace: boolean,
): Promise<void> {
  const [row] =
    table === "framework"
      ? await db.select({ isCustom: frameworks.isCustom }).from(frameworks).where(eq(frameworks.ref, ref))
      : await db.select({ isCustom: crosswalks.isCustom }).from(crosswalks).where(eq(crosswalks.ref, ref));
  if (!row) return;
  if (!row.isCustom)
    throw new DomainError(
      "CONFLICT",
      `${ref} is a built-in ${table}; import yours under another id or version`,
    );
  if (!replace)
    throw new DomainError(
      "ALREADY_EXISTS",
      `a custom ${table} ${ref} exists; import with replace to overwrite it`,
    );
}

/**
 * Imports a custom framework or crosswalk from CSV, YAML or JSON: validated in full, errors by line,
 * and written in one transaction — all or nothing.
 */
export async function importCatalogFile(
  ctx: ServiceContext,
  input: { format: CatalogFormat; content: string; replace: boolean },
): Promise<ImportResult> {
  const parsed = parseCatalogFile(input.content, input.format);
  if (!parsed.ok) throw invalid(parsed.errors);
  if (parsed.kind === "framework") {
    const ref = frameworkRefOf(parsed.value);
    await assertReplaceable(ctx.db, "framework", ref, input.replace);
    await ctx.db.transaction((tx) => upsertFramework(tx, ctx, parsed.value, true));
    return { kind: "framework", ref, requirementCount: parsed.value.requirements.length };
  }
  const ends = new Map<string, Framework>();
  for (const ref of [parsed.value.from, parsed.value.to]) {
    const f = await readFramework(ctx.db, ref);
    if (!f)
      throw new DomainError("VALIDATION_FAILED", `framework ${ref} is not in the catalog; import it first`, {
        issues: [{ path: "file", line: null, message: `unknown framework ${ref}` }],
      });
    ends.set(ref, f);
  }
  const checked = parseCatalogFile(input.content, input.format, { resolveFramework: (ref) => ends.get(ref) });
  if (!checked.ok) throw invalid(checked.errors);
  if (checked.kind !== "crosswalk")
    throw new DomainError("VALIDATION_FAILED", "the file changed kind between reads");
  const crosswalk = checked.value;
  const ref = crosswalkRefOf(crosswalk);
  await assertReplaceable(ctx.db, "crosswalk", ref, input.replace);
  await ctx.db.transaction((tx) => upsertCrosswalk(tx, ctx, crosswalk, true));
  return { kind: "crosswalk", ref, entryCount: crosswalk.entries.length };
}

export type ExportedFile = { filename: string; contentType: string; body: string };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  yaml: "application/yaml; charset=utf-8",
  json: "application/json; charset=utf-8",
  oscal: "application/json; charset=utf-8",
};
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "-");
const extension = (f: ExportFormat) => (f === "oscal" ? "oscal.json" : f);

export async function exportFramework(db: DbOrTx, ref: string, format: ExportFormat): Promise<ExportedFile> {
  const framework = await readFramework(db, ref);
  if (!framework) throw new DomainError("NOT_FOUND", `framework ${ref} not found`);
  const body =
    format === "csv"
      ? frameworkToCsv(framework)
      : format === "yaml"
        ? frameworkToYaml(framework)
        : format === "json"
          ? `${JSON.stringify(framework, null, 2)}\n`
          : `${JSON.stringify(frameworkToOscalCatalog(framework, { now: new Date().toISOString() }), null, 2)}\n`;
  return { filename: `${safeName(ref)}.${extension(format)}`, contentType: CONTENT_TYPES[format], body };
}

/** Exports the crosswalk between two frameworks, read from `from` to `to` whichever way it is stored. */
export async function exportCrosswalk(
  db: DbOrTx,
  from: string,
  to: string,
  format: ExportFormat,
): Promise<ExportedFile> {
  let crosswalk: Crosswalk | null = await readCrosswalk(db, crosswalkRefOf({ from, to }));
  if (!crosswalk) {
    const reverse = await readCrosswalk(db, crosswalkRefOf({ from: to, to: from }));
    crosswalk = reverse ? invertCrosswalk(reverse) : null;
  }
  if (!crosswalk) throw new DomainError("NOT_FOUND", `no crosswalk between ${from} and ${to}`);
  let body: string;
  if (format === "oscal") {
    const ends = [await readFramework(db, from), await readFramework(db, to)].filter(
      (f): f is Framework => f !== null,
    );
    try {
      body = `${JSON.stringify(crosswalkToOscalMappingCollection(crosswalk, ends, { now: new Date().toISOString() }), null, 2)}\n`;
    } catch (e) {
      throw new DomainError(
        "RULE_VIOLATION",
        `this crosswalk cannot be expressed in OSCAL: ${(e as Error).message}`,
      );
    }
  } else {
    body =
      format === "csv"
        ? crosswalkToCsv(crosswalk)
        : format === "yaml"
          ? crosswalkToYaml(crosswalk)
          : `${JSON.stringify(crosswalk, null, 2)}\n`;
  }
  return {
    filename: `${safeName(`${from}__${to}`)}.${extension(format)}`,
    contentType: CONTENT_TYPES[format],
    body,
  };
}
