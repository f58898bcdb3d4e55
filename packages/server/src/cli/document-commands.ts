import { Command, type Option } from "commander";

/** `aims document` (filled in by that feature). */
export function documentCommand(_dataDir: () => Option, _json: () => Option): Command {
  return new Command("document").description("document commands (coming with the feature)");
}
