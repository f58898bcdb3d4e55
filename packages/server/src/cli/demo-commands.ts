import { Command, type Option } from "commander";
import { demoStatus, loadDemo, removeDemo, type DemoCounts } from "../services/demo/demo-load.js";
import { output, withDatabase, type CommonOptions } from "./offline.js";

const summary = (c: DemoCounts) =>
  `${c.businessUnits} business units, ${c.aiSystems} AI systems, ${c.risks} risks, ${c.controls} controls, ` +
  `${c.evidence} evidence items, ${c.vendors} vendors, ${c.documents} draft documents`;

/** `aims demo load|remove|status` (offline): a sample organization to explore an empty installation. */
export function demoCommand(dataDir: () => Option, json: () => Option): Command {
  const demo = new Command("demo").description(
    "a sample organization (a fictional insurer) to explore an empty installation",
  );

  demo
    .command("load")
    .description("fill an EMPTY installation with the demo organization")
    .option("--seed <number>", "seed of the generated scores (default 42)", "42")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions & { seed: string }) => {
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed) || seed < 0)
        throw new Error(`--seed must be a whole number, got ${opts.seed}`);
      const counts = await withDatabase(opts, "demo load", true, ({ db }) => loadDemo(db, seed));
      output(opts, { loaded: true, counts }, [`demo organization loaded: ${summary(counts)}`]);
    });

  demo
    .command("remove")
    .description("delete every record the demo created (records changed since go too)")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions) => {
      const counts = await withDatabase(opts, "demo remove", false, ({ db }) => removeDemo(db));
      output(opts, { removed: true, counts }, [`demo organization removed: ${summary(counts)}`]);
    });

  demo
    .command("status")
    .description("say whether the demo organization is loaded, or why it cannot be")
    .addOption(dataDir())
    .addOption(json())
    .action(async (opts: CommonOptions) => {
      const status = await withDatabase(opts, "demo status", true, ({ db }) => demoStatus(db));
      output(
        opts,
        status,
        status.loaded
          ? [`demo organization loaded at ${status.loadedAt}: ${summary(status.counts)}`]
          : [
              "no demo organization is loaded",
              ...status.cannotLoadBecause.map((reason) => `it cannot be loaded: ${reason}`),
            ],
      );
    });
  return demo;
}
