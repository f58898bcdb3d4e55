#!/usr/bin/env node
// Entry point of the `aims` command; the compiled CLI lives in ../dist.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  console.error("aims: not built yet; run `npm run build` in the repository first");
  process.exit(1);
}
await import(cli.href);
