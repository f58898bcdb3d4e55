import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { DomainError, type RiskView } from "@openaims/core";
import { controls } from "../../db/schema/index.js";
import { CATALOGS_DIR } from "../catalogs/builtin-catalogs.js";
import type { ServiceContext } from "../context.js";
import { currentMatrix } from "./risk-matrix-service.js";
import { createRisk } from "./risks-service.js";
import { riskLibrary } from "./risk-library.js";

export const RiskTemplate = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  sources: z.array(z.string()),
  characteristic: z.string().nullable(),
  consequences: z.object({ organization: z.string(), individuals: z.string(), society: z.string() }),
  suggestedLikelihood: z.number().int().min(1).max(5),
  suggestedImpact: z.number().int().min(1).max(5),
  suggestedControls: z.array(z.string()),
  annexA: z.array(z.string()),
  appliesTo: z.enum(["any", "generative", "high-risk"]),
});
export type RiskTemplate = z.infer<typeof RiskTemplate>;

let cached: RiskTemplate[] | null = null;

/** The starter library of common AI risks (catalogs/risks), read once per process. */
export function riskTemplates(dir = CATALOGS_DIR): RiskTemplate[] {
  if (cached) return cached;
  const file = join(dir, "risks", "starter-risks.json");
  cached = existsSync(file)
    ? z.object({ risks: z.array(RiskTemplate) }).parse(JSON.parse(readFileSync(file, "utf8"))).risks
    : [];
  return cached;
}

/** A 5-point suggestion placed on an n-point scale (the organization's matrix may be 3×3 to 6×6). */
export const rescale = (score: number, points: number) => Math.round(((score - 1) * (points - 1)) / 4) + 1;

/**
 * Starts a register entry from a library risk: text, main source, characteristic and Annex A keys are
 * copied; suggested controls are linked only where the organization adopted them; scores are rescaled
 * to the criteria in force and stay to be reassessed by the owner.
 */
export async function createRiskFromTemplate(
  ctx: ServiceContext,
  input: { code: string; aiSystemId: string | null; businessUnitId: string | null },
): Promise<RiskView> {
  const template = (await riskLibrary(ctx.db)).find((t) => t.code === input.code && !t.hidden);
  if (!template)
    throw new DomainError("VALIDATION_FAILED", `unknown risk template ${input.code}`, {
      issues: [{ path: "code", message: "not in the library (or hidden from it)" }],
    });
  const matrix = await currentMatrix(ctx.db);
  const likelihood = rescale(template.suggestedLikelihood, matrix.definition.likelihood.length);
  const impact = rescale(template.suggestedImpact, matrix.definition.impact.length);
  const adopted = template.suggestedControls.length
    ? await ctx.db
        .select({ id: controls.id })
        .from(controls)
        .where(inArray(controls.templateCode, template.suggestedControls))
    : [];
  return createRisk(ctx, {
    title: template.title,
    description: template.description,
    aiSystemId: input.aiSystemId,
    businessUnitId: input.businessUnitId,
    source: template.sources[0] ?? null,
    characteristic: template.characteristic,
    consequences: template.consequences,
    inherentLikelihood: likelihood,
    inherentImpact: impact,
    residualLikelihood: likelihood,
    residualImpact: impact,
    treatmentControls: adopted.map((c) => c.id),
    annexAControls: template.annexA,
  });
}
