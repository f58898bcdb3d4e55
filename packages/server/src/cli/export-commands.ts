import { Command, type Option } from "commander";

/** `aims export …`: placeholder, filled in by the exports feature. */
export function exportCommand(_dataDir: () => Option, _json: () => Option): Command {
  return new Command("export").description("export the risk register, the SoA or an impact assessment");
}
