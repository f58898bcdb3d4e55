/**
 * The world the fuzzer runs in: the demo organization, a questionnaire sent to a vendor (with a
 * valid link and an uploaded file), an evidence file; then every GET route is read once or twice
 * to learn the real ids the fuzzer puts into otherwise hostile requests.
 */
import { expect } from "vitest";
import { bearer, type TestApp } from "../../../test-support/test-app.js";
import { createFixture, portal, send, upload } from "../../../test-support/campaign-fixtures.js";
import { multipart, PDF } from "../../../test-support/evidence.js";
import { KnownValuePool } from "./known-values.js";
import { collectionNames, paramLookupName, type Operation } from "./operations.js";
import type { FuzzContext } from "./requests.js";

async function seedRecords(t: TestApp): Promise<string[]> {
  const admin = bearer(t.tokens.admin);
  const demo = await t.app.inject({ method: "POST", url: "/api/v1/demo", headers: admin });
  expect(demo.statusCode, demo.body).toBe(201);
  const { payload, contentType } = multipart({ title: "Fuzz seed file" }, { name: "seed.pdf", bytes: PDF() });
  const file = await t.app.inject({
    method: "POST",
    url: "/api/v1/evidence/files",
    headers: { ...admin, "content-type": contentType },
    payload,
  });
  expect(file.statusCode, file.body).toBe(201);
  const fixture = await createFixture(t, "Fuzz Vendor");
  const sent = await send(t, fixture, "admin");
  await portal(t, sent.link.token, "PUT", "answers", { answers: { iso: "yes" } });
  const uploaded = await upload(t, sent.link.token, "iso-cert", "cert.pdf", PDF());
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  return [sent.link.token];
}

/** Values of the fuzzing admin's own identity, never offered as targets. */
async function ownIdentity(t: TestApp): Promise<string[]> {
  const tokens = await t.app.inject({ url: "/api/v1/tokens?limit=200", headers: bearer(t.tokens.admin) });
  const ids = (tokens.json() as { items: { id: string }[] }).items.map((i) => i.id);
  // Changing the admin's role or deactivating them, or revoking their token, would turn every later
  // request into a 401/403 and end the fuzzing of the routes after it.
  return [t.users.admin.id, ...ids];
}

/** Reads every GET route (with ids learnt so far) twice over, filing the ids each answer holds. */
async function crawl(t: TestApp, operations: Operation[], pool: KnownValuePool): Promise<void> {
  const reads = operations.filter((op) => op.method === "GET" && !op.vendorLink);
  for (let pass = 0; pass < 2; pass++) {
    for (const op of reads) {
      const choices = op.pathParams.map((p) => {
        const names = paramLookupName(op.path, p.name);
        return (names.map((n) => pool.lookup(n, p.schema.format)).find((v) => v.length) ?? []).slice(0, 2);
      });
      if (choices.some((c) => !c.length) || (pass === 1 && !op.pathParams.length)) continue;
      const urls = choices.length
        ? choices[0]!.map((first) =>
            op.pathParams.reduce(
              (path, p, i) =>
                path.replace(`{${p.name}}`, encodeURIComponent(i === 0 ? first : choices[i]![0]!)),
              op.path,
            ),
          )
        : [op.path];
      for (const url of urls) {
        const res = await t.app.inject({ url, headers: bearer(t.tokens.admin) });
        if (res.statusCode === 200 && res.headers["content-type"]?.toString().includes("json"))
          pool.harvest(collectionNames(op.path), res.json());
      }
    }
  }
  t.takeQueries();
}

export async function prepareFuzzing(t: TestApp, operations: Operation[]): Promise<FuzzContext> {
  const linkTokens = await seedRecords(t);
  const pool = new KnownValuePool(await ownIdentity(t));
  await crawl(t, operations, pool);
  return { known: pool.lookup, authorization: `Bearer ${t.tokens.admin}`, linkTokens };
}
