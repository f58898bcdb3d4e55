import { readFileSync, writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { Command, Option } from "commander";
import { systemContext } from "../services/context.js";
import {
  exportCrosswalk,
  exportFramework,
  importCatalogFile,
  type CatalogFormat,
  type ExportFormat,
} from "../services/catalogs/catalog-files.js";
import { loadBuiltinCatalogs } from "../services/catalogs/builtin-catalogs.js";
import { output, printIssues, withDatabase, type CommonOptions } from "./offline.js";

const FORMATS: Record<string, CatalogFormat> = {
  ".csv": "csv",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".json": "json",
};

/** `aims catalog import|export`: custom frameworks and crosswalks as files (offline). */
export function catalogCommand(dataDir: () => Option, json: () => Option): Command {
  const catalog = new Command("catalog").description("framework catalogs and crosswalks as files");

  catalog
    .command("import")
    .description("import a custom framework or crosswalk (CSV, YAML or JSON); all or nothing, errors by line")
    .argument("<file>", "file to import")
    .addOption(
      new Option("--format <format>", "file format (default: from the extension)").choices([
        "csv",
        "yaml",
        "json",
      ]),
    )
    .option("--replace", "overwrite a custom framework or crosswalk with the same reference")
    .addOption(dataDir())
    .addOption(json())
    .action(async (file: string, opts: CommonOptions & { format?: CatalogFormat; replace?: boolean }) => {
      const format = opts.format ?? FORMATS[extname(file).toLowerCase()];
      if (!format) throw new Error(`cannot tell the format of ${file}; pass --format csv|yaml|json`);
      const content = readFileSync(resolve(file), "utf8");
      await withDatabase(opts, "catalog import", true, async ({ db }) => {
        await loadBuiltinCatalogs(db);
        try {
          const result = await importCatalogFile(systemContext(db, "cli"), {
            format,
            content,
            replace: opts.replace ?? false,
          });
          output(opts, result, [`imported ${result.kind} ${result.ref}`]);
        } catch (e) {
          if (!opts.json) printIssues(file, e);
          throw e;
        }
      });
    });

  catalog
    .command("export")
    .description(
      "export a framework (<ref>) or a crosswalk (--from and --to) as CSV, YAML, JSON or OSCAL 1.2 JSON",
    )
    .argument("[ref]", "framework reference, e.g. iso-iec-42001:2023")
    .option("--from <ref>", "crosswalk: framework read from")
    .option("--to <ref>", "crosswalk: framework read to")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["csv", "yaml", "json", "oscal"])
        .default("json"),
    )
    .option("--out <file>", "write to a file instead of standard output")
    .addOption(dataDir())
    .action(
      async (
        ref: string | undefined,
        opts: CommonOptions & { from?: string; to?: string; format: ExportFormat; out?: string },
      ) => {
        if (!ref && !(opts.from && opts.to))
          throw new Error("name a framework reference, or --from and --to for a crosswalk");
        const file = await withDatabase(opts, "catalog export", true, async ({ db }) => {
          await loadBuiltinCatalogs(db);
          return ref
            ? exportFramework(db, ref, opts.format)
            : exportCrosswalk(db, opts.from!, opts.to!, opts.format);
        });
        if (opts.out) writeFileSync(resolve(opts.out), file.body);
        else process.stdout.write(file.body);
      },
    );
  return catalog;
}
