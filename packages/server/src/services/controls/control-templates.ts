import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { ControlTemplate, type Control } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { controls, requirements } from "../../db/schema/index.js";
import { CATALOGS_DIR } from "../catalogs/builtin-catalogs.js";
import type { ServiceContext } from "../context.js";
import { insertControl } from "./controls-service.js";
import { DomainError } from "@openaims/core";

const StarterFile = z.object({ version: z.string(), controls: z.array(ControlTemplate) });

let cached: ControlTemplate[] | null = null;

/** The starter library shipped in catalogs/controls (immutable: read once per process). */
export function starterTemplates(dir = CATALOGS_DIR): ControlTemplate[] {
  if (cached) return cached;
  const file = join(dir, "controls", "starter-controls.json");
  cached = existsSync(file) ? StarterFile.parse(JSON.parse(readFileSync(file, "utf8"))).controls : [];
  return cached;
}

/** Templates with the control each was adopted as, if any. */
export async function listTemplates(db: DbOrTx) {
  const templates = starterTemplates();
  const adopted = templates.length
    ? await db
        .select({ id: controls.id, code: controls.templateCode })
        .from(controls)
        .where(
          inArray(
            controls.templateCode,
            templates.map((t) => t.code),
          ),
        )
    : [];
  const byCode = new Map(adopted.map((a) => [a.code, a.id]));
  return templates.map((t) => ({ ...t, adoptedAs: byCode.get(t.code) ?? null }));
}

/**
 * Copies templates into the organization's control library as "not started" controls with their
 * requirement links; already adopted templates and clashing codes are reported, not duplicated.
 */
export async function adoptTemplates(ctx: ServiceContext, codes: string[]) {
  const templates = new Map(starterTemplates().map((t) => [t.code, t]));
  const unknown = codes.filter((c) => !templates.has(c));
  if (unknown.length)
    throw new DomainError("VALIDATION_FAILED", `unknown template ${unknown[0]}`, {
      issues: [{ path: "codes", message: `unknown: ${unknown.join(", ")}` }],
    });
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ code: controls.code, template: controls.templateCode })
      .from(controls)
      .where(inArray(controls.code, codes));
    const adoptedTemplates = await tx
      .select({ template: controls.templateCode })
      .from(controls)
      .where(inArray(controls.templateCode, codes));
    const linkable = new Set(
      (
        await tx
          .select({ key: requirements.key })
          .from(requirements)
          .where(
            inArray(requirements.key, [
              ...new Set(codes.flatMap((c) => templates.get(c)!.requirements.map((r) => r.key))),
            ]),
          )
      ).map((r) => r.key),
    );
    const adopted: Control[] = [];
    const skipped: { code: string; reason: string }[] = [];
    for (const code of [...new Set(codes)]) {
      const t = templates.get(code)!;
      if (adoptedTemplates.some((a) => a.template === code))
        skipped.push({ code, reason: "already adopted" });
      else if (existing.some((e) => e.code === code))
        skipped.push({ code, reason: "a control with this code exists" });
      else {
        const links = t.requirements
          .filter((r) => linkable.has(r.key))
          .map((r) => ({ requirementKey: r.key, coverage: r.coverage, note: r.note }));
        adopted.push(
          await insertControl(
            tx,
            ctx,
            { code: t.code, title: t.title, description: t.description, frequency: t.frequency, links },
            t.code,
          ),
        );
      }
    }
    return { adopted, skipped };
  });
}
