import { Command, type Option } from "commander";

/** PLACEHOLDER (campaigns helper): `aims questionnaire …`. */
export function campaignCommand(_dataDir: () => Option, _json: () => Option): Command {
  return new Command("questionnaire").description("(coming)");
}
