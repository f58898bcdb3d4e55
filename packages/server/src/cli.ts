import { runCli } from "./cli/commands.js";

await runCli(process.argv);
