import { readFileSync, writeFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { Command, Option } from "commander";
import { systemContext } from "../services/context.js";
import {
  exportInventory,
  importInventory,
  type ImportMode,
  type InventoryFormat,
} from "../services/ai-systems/inventory-files.js";
import { loadBuiltinCatalogs } from "../services/catalogs/builtin-catalogs.js";
import { output, printIssues, withDatabase, type CommonOptions } from "./offline.js";

/** `aims inventory import|export`: the AI system inventory as CSV or XLSX (offline). */
export function inventoryCommand(dataDir: () => Option, json: () => Option): Command {
  const inventory = new Command("inventory").description("the AI system inventory as CSV or XLSX");

  inventory
    .command("import")
    .description("import AI systems; nothing is written unless every row is valid (or --valid-only)")
    .argument("<file>", ".csv or .xlsx file")
    .option("--dry-run", "check every row and write nothing")
    .option("--valid-only", "write the valid rows and report the others")
    .addOption(dataDir())
    .addOption(json())
    .action(async (file: string, opts: CommonOptions & { dryRun?: boolean; validOnly?: boolean }) => {
      const format: InventoryFormat = extname(file).toLowerCase() === ".xlsx" ? "xlsx" : "csv";
      const raw = readFileSync(resolve(file));
      const content = format === "xlsx" ? raw.toString("base64") : raw.toString("utf8");
      const mode: ImportMode = opts.dryRun ? "preview" : opts.validOnly ? "valid-only" : "all";
      await withDatabase(opts, "inventory import", true, async ({ db }) => {
        await loadBuiltinCatalogs(db);
        try {
          const result = await importInventory(systemContext(db, "cli"), { format, content, mode });
          if (!opts.json)
            for (const e of result.errors) console.error(`${file}: row ${e.row} (${e.column}): ${e.message}`);
          output(opts, result, [
            `${result.rows} rows, ${result.valid} valid, ${result.invalid} with problems; created ${result.created.length}${mode === "preview" ? " (dry run)" : ""}`,
          ]);
          if (result.invalid > 0 && mode === "preview") process.exitCode = 1;
        } catch (e) {
          if (!opts.json) printIssues(file, e);
          throw e;
        }
      });
    });

  inventory
    .command("export")
    .description("export the inventory")
    .addOption(new Option("--format <format>", "csv or xlsx").choices(["csv", "xlsx"]).default("csv"))
    .requiredOption("--out <file>", "file to write")
    .addOption(dataDir())
    .action(async (opts: CommonOptions & { format: InventoryFormat; out: string }) => {
      const file = await withDatabase(opts, "inventory export", true, ({ db }) =>
        exportInventory(systemContext(db, "cli"), opts.format),
      );
      writeFileSync(resolve(opts.out), file.body);
      console.log(`wrote ${resolve(opts.out)}`);
    });
  return inventory;
}
