import { Command, type Option } from "commander";

/** PLACEHOLDER (vendors helper): `aims vendor …`. */
export function vendorCommand(_dataDir: () => Option, _json: () => Option): Command {
  return new Command("vendor").description("(coming)");
}
