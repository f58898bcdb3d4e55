/**
 * A file uploaded for a question that the vendor's final answers hide (ISO/IEC 42001 A.10.3): it was
 * not part of what was submitted, so acceptance does not turn it into evidence.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignFiles, evidenceLinks } from "../../db/schema/index.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import { createFixture, PDF, portal, send, upload } from "../../test-support/campaign-fixtures.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 10_000 });
});
afterAll(async () => t?.close());

describe("files of questions hidden by the final answers", () => {
  it("are kept with the campaign but do not become evidence at acceptance", async () => {
    const f = await createFixture(t);
    const sent = await send(t, f, "manager");
    const token = sent.link.token;
    expect((await portal(t, token, "PUT", "answers", { answers: { iso: "yes" } })).statusCode).toBe(200);
    expect((await upload(t, token, "iso-cert", "certificate.pdf", PDF)).statusCode).toBe(201);
    // The vendor then says "no": the certificate question (shown only on "yes") is hidden.
    const answered = await portal(t, token, "PUT", "answers", {
      answers: { iso: "no", policy: "We follow our AI policy.", retention: "30d" },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await portal(t, token, "POST", "submit")).statusCode).toBe(200);

    const manager = bearer(t.tokens.manager);
    const url = `/api/v1/vendor-campaigns/${sent.campaign.id}`;
    const before = (await t.app.inject({ url, headers: manager })).json();
    const scored = await t.app.inject({
      method: "PUT",
      url: `${url}/scores`,
      headers: manager,
      payload: { version: before.version, overrides: { policy: 1 } },
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const accepted = await t.app.inject({
      method: "POST",
      url: `${url}/accept`,
      headers: manager,
      payload: { version: scored.json().version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    // Only the answers document: the hidden question's file stays with the campaign, unlinked.
    expect(accepted.json().evidenceIds).toHaveLength(1);
    const files = await t.database.db
      .select()
      .from(campaignFiles)
      .where(eq(campaignFiles.campaignId, sent.campaign.id));
    expect(files.map((x) => [x.fileName, x.evidenceId])).toEqual([["certificate.pdf", null]]);
    const links = await t.database.db
      .select()
      .from(evidenceLinks)
      .where(eq(evidenceLinks.targetId, f.vendorId));
    expect(links).toHaveLength(1);
  });
});
