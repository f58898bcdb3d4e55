import { and, ilike, inArray, ne, or, type SQL } from "drizzle-orm";
import { similarity, tokensOf, type SimilarityInput } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { aiSystems, intakeRequests } from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { likePattern } from "../shared/search.js";

const CANDIDATES = 200;
const SHOWN = 5;
const THRESHOLD = 0.2;

type Fields = { name: string; purpose: string; models: { name: string }[]; vendors: { name: string }[] };
const asInput = (f: Fields): SimilarityInput => ({
  name: f.name,
  purpose: f.purpose,
  models: f.models.map((m) => m.name),
  vendors: f.vendors.map((v) => v.name),
});

/**
 * Existing systems and open intake requests that look like the one being entered, so the same
 * use case is not registered twice. Candidates come from a text search on the distinctive words;
 * the ranking is core's `similarity`. Systems of business units the caller may not see are left out
 * (rule 9): naming them would tell a scoped person what another unit runs.
 */
export async function findSimilar(
  db: DbOrTx,
  actor: Actor,
  query: SimilarityInput & { excludeId?: string | undefined },
) {
  const words = [...tokensOf(`${query.name} ${query.purpose}`), ...query.vendors, ...query.models]
    .map((w) => w.toLowerCase().trim())
    .filter((w) => w.length >= 3)
    .slice(0, 12);
  if (words.length === 0) return [];
  const systemMatch: SQL = or(...words.map((w) => ilike(aiSystems.searchText, likePattern(w))))!;
  const systems = await db
    .select({
      id: aiSystems.id,
      key: aiSystems.key,
      name: aiSystems.name,
      purpose: aiSystems.purpose,
      models: aiSystems.models,
      vendors: aiSystems.vendors,
    })
    .from(aiSystems)
    .where(
      and(
        systemMatch,
        query.excludeId ? ne(aiSystems.id, query.excludeId) : undefined,
        unitVisibility(aiSystems.businessUnitId, actor),
      ),
    )
    .limit(CANDIDATES);
  const intakes = await db
    .select({
      id: intakeRequests.id,
      key: intakeRequests.key,
      name: intakeRequests.name,
      fields: intakeRequests.fields,
    })
    .from(intakeRequests)
    .where(
      and(
        inArray(intakeRequests.status, ["submitted", "triage", "assessment"]),
        or(...words.map((w) => ilike(intakeRequests.name, likePattern(w)))),
      ),
    )
    .limit(CANDIDATES);
  const scored = [
    ...systems.map((s) => ({
      id: s.id,
      key: s.key,
      name: s.name,
      purpose: s.purpose,
      kind: "ai_system" as const,
      score: similarity(
        query,
        asInput({ ...s, models: s.models as Fields["models"], vendors: s.vendors as Fields["vendors"] }),
      ),
    })),
    ...intakes.map((i) => {
      const f = i.fields as Fields;
      return {
        id: i.id,
        key: i.key,
        name: i.name,
        purpose: f.purpose ?? "",
        kind: "intake_request" as const,
        score: similarity(
          query,
          asInput({ ...f, name: i.name, models: f.models ?? [], vendors: f.vendors ?? [] }),
        ),
      };
    }),
  ];
  return scored
    .filter((s) => s.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, SHOWN)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
}
