import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  frameworkRefOf,
  validateCrosswalk,
  validateFramework,
  type Crosswalk,
  type Framework,
} from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { systemContext } from "../context.js";
import { upsertCrosswalk, upsertFramework } from "./catalog-store.js";

/** The catalogs/ folder of the repository (framework data shipped with the product). */
export const CATALOGS_DIR = fileURLToPath(new URL("../../../../../catalogs", import.meta.url));

export type BuiltinCatalogs = { frameworks: Framework[]; crosswalks: Crosswalk[] };

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Reads and validates every framework and crosswalk file; any problem stops start-up with its file. */
export function readBuiltinCatalogs(dir = CATALOGS_DIR): BuiltinCatalogs {
  const frameworks: Framework[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, "framework.json");
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const result = validateFramework(readJson(file));
    if (!result.ok || !result.value) {
      throw new Error(
        `catalog ${file} is invalid: ${result.problems
          .slice(0, 3)
          .map((p) => `${p.path} ${p.message}`)
          .join("; ")}`,
      );
    }
    frameworks.push(result.value);
  }
  const byRef = new Map(frameworks.map((f) => [frameworkRefOf(f), f]));
  const crosswalks: Crosswalk[] = [];
  const crosswalkDir = join(dir, "crosswalks");
  for (const name of existsSync(crosswalkDir)
    ? readdirSync(crosswalkDir)
        .filter((n) => n.endsWith(".json"))
        .sort()
    : []) {
    const file = join(crosswalkDir, name);
    const raw = readJson(file) as { from?: string; to?: string };
    const from = byRef.get(raw.from ?? "");
    const to = byRef.get(raw.to ?? "");
    if (!from || !to) throw new Error(`crosswalk ${file} joins unknown frameworks ${raw.from} and ${raw.to}`);
    const result = validateCrosswalk(raw, from, to);
    if (!result.ok || !result.value) {
      throw new Error(
        `crosswalk ${file} is invalid: ${result.problems
          .slice(0, 3)
          .map((p) => `${p.path} ${p.message}`)
          .join("; ")}`,
      );
    }
    crosswalks.push(result.value);
  }
  return { frameworks, crosswalks };
}

/**
 * Idempotent load at start: unchanged files cost one hash comparison each. Each framework or
 * crosswalk is written in its own transaction, keeping PGlite's single connection free in between.
 */
export async function loadBuiltinCatalogs(
  db: AimsDb,
  catalogs: BuiltinCatalogs = readBuiltinCatalogs(),
): Promise<number> {
  const ctx = systemContext(db, "catalog-loader");
  let changed = 0;
  for (const f of catalogs.frameworks)
    if (await db.transaction((tx) => upsertFramework(tx, ctx, f, false))) changed++;
  for (const c of catalogs.crosswalks)
    if (await db.transaction((tx) => upsertCrosswalk(tx, ctx, c, false))) changed++;
  return changed;
}
