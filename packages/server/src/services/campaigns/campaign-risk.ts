import {
  SEVERITY_IMPACT,
  weakestAnswers,
  type QuestionnaireContent,
  type QuestionnaireScore,
  type VendorRiskRating,
} from "@openaims/core";
import type { AimsDb, Tx } from "../../db/client.js";
import type { ServiceContext } from "../context.js";
import { currentMatrix } from "../risks/risk-matrix-service.js";
import { rescale } from "../risks/risk-templates.js";
import { createRisk } from "../risks/risks-service.js";
import { vendorAiSystemIds } from "../vendors/vendor-access.js";
import type { CampaignRecord } from "./campaign-view.js";

/** "Possible": a questionnaire shows weaknesses, not how often they will bite. */
const QUESTIONNAIRE_LIKELIHOOD = 3;

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * A register risk about a vendor whose questionnaire shows weaknesses (ISO/IEC 42001 6.1.2, A.10.3):
 * the vendor's rating sets the impact, the likelihood starts at "possible" for the owner to
 * reassess, and the description lists the answers that scored lowest. Created in the caller's
 * transaction (createRisk nests a savepoint); returns the risk's id.
 */
export async function riskFromCampaign(
  tx: Tx,
  ctx: ServiceContext,
  rec: CampaignRecord,
  content: QuestionnaireContent,
  score: QuestionnaireScore,
  rating: VendorRiskRating,
): Promise<string> {
  const matrix = (await currentMatrix(tx)).definition;
  const likelihood = rescale(QUESTIONNAIRE_LIKELIHOOD, matrix.likelihood.length);
  const impact = rescale(SEVERITY_IMPACT[rating], matrix.impact.length);
  const weak = weakestAnswers(content, score);
  const systems = await vendorAiSystemIds(tx, rec.vendor.id);
  const description = [
    `Questionnaire ${rec.row.key} (${rec.template.name}) answered by ${rec.vendor.name} scored ${score.score ?? "-"} / 100; the vendor is rated ${rating}.`,
    ...(weak.length
      ? [
          "",
          "Answers that scored lowest:",
          ...weak.map((w) => `- ${w.text} (${Math.round(w.earned * 100)}%)`),
        ]
      : []),
  ].join("\n");
  const risk = await createRisk(
    { ...ctx, db: tx as unknown as AimsDb },
    {
      title: clip(`Supplier risk: ${rec.vendor.name} (${rec.row.key}, rated ${rating})`, 200),
      description: clip(description, 4000),
      // One AI system supplied: the risk is about it; several: the vendor's page lists them.
      aiSystemId: systems.length === 1 ? systems[0]! : null,
      businessUnitId: rec.vendor.businessUnitId,
      inherentLikelihood: likelihood,
      inherentImpact: impact,
      residualLikelihood: likelihood,
      residualImpact: impact,
    },
  );
  return risk.id;
}
