import { Command, type Option } from "commander";

/** `aims evidence` (filled in by that feature). */
export function evidenceCommand(_dataDir: () => Option, _json: () => Option): Command {
  return new Command("evidence").description("evidence commands (coming with the feature)");
}
