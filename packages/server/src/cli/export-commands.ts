import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { Command, Option } from "commander";
import { systemContext, type ServiceContext } from "../services/context.js";
import { exportRiskRegister } from "../services/exports/risk-register-export.js";
import type { ExportFile } from "../services/exports/report-model.js";
import { RiskExportFilters } from "../services/exports/risk-register-rows.js";
import { exportSoa, SoaExportQuery } from "../services/exports/soa-export.js";
import { exportImpactAssessment } from "../services/exports/impact-assessment-export.js";
import { output, withDatabase, type CommonOptions } from "./offline.js";

type OutOptions = CommonOptions & { out: string };

/**
 * Streams an export into `--out` through a temporary file, so a failure never leaves half a
 * report under the final name. Runs offline with the embedded database locked, like the server.
 */
async function writeExport(
  opts: OutOptions,
  command: string,
  produce: (ctx: ServiceContext) => Promise<ExportFile>,
): Promise<void> {
  const target = resolve(opts.out);
  const partial = `${target}.part`;
  const written = await withDatabase(opts, command, true, async ({ db }) => {
    const file = await produce(systemContext(db, "cli"));
    try {
      await pipeline(file.stream, createWriteStream(partial));
    } catch (e) {
      await rm(partial, { force: true });
      throw e;
    }
    return file;
  });
  await rename(partial, target);
  output(opts, { file: target, suggestedName: written.filename, contentType: written.contentType }, [
    `wrote ${target}`,
  ]);
}

const format = (choices: string[]) =>
  new Option("--format <format>", choices.join(" or ")).choices(choices).default(choices[0]);

/** `aims export risks|soa|impact-assessment`: reports as files, offline. */
export function exportCommand(dataDir: () => Option, json: () => Option): Command {
  const command = new Command("export").description(
    "export the risk register, the SoA or an impact assessment",
  );

  command
    .command("risks")
    .description("the risk register (every risk, or those matching the filters) as XLSX or PDF")
    .addOption(format(["xlsx", "pdf"]))
    .requiredOption("--out <file>", "file to write")
    .option("--status <status>", "open, treating, acceptance_pending, accepted or closed")
    .option("--treatment <treatment>", "undecided, mitigate, accept, avoid or transfer")
    .option("--ai-system <id>", "only the risks of this AI system (id)")
    .option("--business-unit <id>", "only the risks of this business unit (id)")
    .option("--owner <id>", "only the risks of this owner (user id)")
    .option("--min-residual-level <n>", "residual level index at least (0 = lowest)")
    .option("--search <text>", "key or title contains")
    .addOption(dataDir())
    .addOption(json())
    .action(
      async (
        opts: OutOptions & {
          format: "xlsx" | "pdf";
          status?: string;
          treatment?: string;
          aiSystem?: string;
          businessUnit?: string;
          owner?: string;
          minResidualLevel?: string;
          search?: string;
        },
      ) => {
        const filters = RiskExportFilters.parse({
          status: opts.status,
          treatment: opts.treatment,
          aiSystemId: opts.aiSystem,
          businessUnitId: opts.businessUnit,
          ownerId: opts.owner,
          minResidualLevel: opts.minResidualLevel,
          q: opts.search,
        });
        await writeExport(opts, "export risks", (ctx) => exportRiskRegister(ctx, filters, opts.format));
      },
    );

  command
    .command("soa")
    .description("the Statement of Applicability (working copy, or an issued version) as XLSX or PDF")
    .addOption(format(["xlsx", "pdf"]))
    // Not `--version`: the program's own version flag takes that name anywhere on the line.
    .option("--soa-version <n>", "an issued version (default: the working copy)")
    .requiredOption("--out <file>", "file to write")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: OutOptions & { format: "xlsx" | "pdf"; soaVersion?: string }) => {
      const query = SoaExportQuery.parse({ format: opts.format, version: opts.soaVersion });
      await writeExport(opts, "export soa", (ctx) => exportSoa(ctx, query));
    });

  command
    .command("impact-assessment")
    .description("one impact assessment with every answer as PDF or DOCX")
    .argument("<assessment>", "its key (IA-3) or id")
    .addOption(format(["pdf", "docx"]))
    .requiredOption("--out <file>", "file to write")
    .addOption(dataDir())
    .addOption(json())
    .action(async (assessment: string, opts: OutOptions & { format: "pdf" | "docx" }) => {
      await writeExport(opts, "export impact-assessment", (ctx) =>
        exportImpactAssessment(ctx, assessment, opts.format),
      );
    });

  return command;
}
