/**
 * Campaign writes racing each other (ISO/IEC 42001 A.10.3): a link reissued while a vendor's request
 * waits for the campaign, two reviewers accepting at once, and acceptance racing a follow-up. Needs
 * two connections, so it runs on PostgreSQL only (`*.pg.test.ts`).
 */
import pg from "pg";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignAnswers, evidence, vendorCampaigns, vendorRiskRatings } from "../../db/schema/index.js";
import { hashLinkToken, newLinkToken } from "../../services/campaigns/link-token.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  createFixture,
  portal,
  send,
  type Fixture,
  type Sent,
} from "../../test-support/campaign-fixtures.js";

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 });
  f = await createFixture(t);
});
afterAll(async () => t?.close());

const call = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens.manager), payload });

/** Answers, submits and scores: ready to accept. */
async function ready(s: Sent) {
  const answers = { iso: "no", policy: "Reviewed yearly.", retention: "30d" };
  expect((await portal(t, s.link.token, "PUT", "answers", { answers })).statusCode).toBe(200);
  expect((await portal(t, s.link.token, "POST", "submit")).statusCode).toBe(200);
  const d = (await call("GET", `/api/v1/vendor-campaigns/${s.campaign.id}`)).json();
  const scored = await call("PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
    version: d.version,
    overrides: { policy: 1 },
  });
  expect(scored.statusCode, scored.body).toBe(200);
  return scored.json() as { id: string; version: number };
}

describe("campaign races", () => {
  it("a request authenticated just before a reissue does not write once the new link is in", async () => {
    const s = await send(t, f);
    const other = new pg.Client({ connectionString: t.database.url! });
    await other.connect();
    try {
      // A reissue in progress: the campaign row is locked with the new token's hash not yet committed.
      await other.query("BEGIN");
      await other.query("UPDATE vendor_campaigns SET token_hash = $1 WHERE id = $2", [
        hashLinkToken(newLinkToken()),
        s.campaign.id,
      ]);
      const pending = portal(t, s.link.token, "PUT", "answers", { answers: { policy: "written late" } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await other.query("COMMIT");
      const res = await pending;
      expect(res.statusCode, res.body).toBe(401);
    } finally {
      await other.end();
    }
    const [stored] = await t.database.db
      .select({ n: count() })
      .from(campaignAnswers)
      .where(eq(campaignAnswers.campaignId, s.campaign.id));
    expect(stored!.n).toBe(0);
  });

  it("two reviewers accepting at once: one wins, one rating and one set of evidence", async () => {
    const s = await send(t, f);
    const d = await ready(s);
    const [a, b] = await Promise.all([
      call("POST", `/api/v1/vendor-campaigns/${d.id}/accept`, { version: d.version }),
      call("POST", `/api/v1/vendor-campaigns/${d.id}/accept`, { version: d.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const ratings = await t.database.db
      .select()
      .from(vendorRiskRatings)
      .where(eq(vendorRiskRatings.campaignId, d.id));
    expect(ratings).toHaveLength(1);
    const [row] = await t.database.db.select().from(vendorCampaigns).where(eq(vendorCampaigns.id, d.id));
    const items = await t.database.db
      .select({ id: evidence.id })
      .from(evidence)
      .where(eq(evidence.source, "vendor_questionnaire"));
    expect(items.map((i) => i.id)).toContain(row!.answersEvidenceId);
    expect(row!.status).toBe("reviewed");
  });

  it("acceptance racing a follow-up question: one of them, never both", async () => {
    const s = await send(t, f);
    const d = await ready(s);
    const [accept, ask] = await Promise.all([
      call("POST", `/api/v1/vendor-campaigns/${d.id}/accept`, { version: d.version }),
      call("POST", `/api/v1/vendor-campaigns/${d.id}/follow-ups`, {
        version: d.version,
        questions: [{ question: "Which sub-processors host the model?" }],
      }),
    ]);
    expect([accept.statusCode, ask.statusCode].sort()).toEqual([200, 409]);
    const [row] = await t.database.db.select().from(vendorCampaigns).where(eq(vendorCampaigns.id, d.id));
    expect(row!.status).toBe(accept.statusCode === 200 ? "reviewed" : "follow_up");
  });
});
