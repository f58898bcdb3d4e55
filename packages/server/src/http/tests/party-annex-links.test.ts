// Requirements of interested parties linked to Annex A controls justify them in the SoA
// (ISO/IEC 42001 4.2 b → 6.1.3 d).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interestedParties } from "../../db/schema/index.js";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const ISO = "iso-iec-42001:2023";
const A83 = `${ISO}/A.8.3`;
const A85 = `${ISO}/A.8.5`;

type Reason = { kind: string; ref: string; label: string; note: string };
type Entry = {
  controlId: string;
  applicable: boolean | null;
  decisionSource: string | null;
  reasons: Reason[];
};
type Requirement = { id: string; text: string; addressed: boolean; how: string; annexA: string[] };
type Party = { id: string; key: string; name: string; version: number; requirements: Requirement[] };

async function call(method: "GET" | "POST" | "PATCH", url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(t.tokens.contributor), payload });
  return { status: res.statusCode, body: res.json() };
}
const party = async (id: string) => (await call("GET", `/api/v1/context/parties/${id}`)).body as Party;
const entry = async (id: string) =>
  ((await call("GET", "/api/v1/soa")).body.items as Entry[]).find((e) => e.controlId === id)!;
const derive = async () => (await call("POST", "/api/v1/soa/derive")).body as { notes: string[] };

describe("interested-party requirements linked to Annex A controls", () => {
  let works: Party;

  it("a requirement linked to A.8.3 makes A.8.3 applicable with the party as the reason", async () => {
    const before = await derive();
    expect(before.notes).toContain("No requirement of an interested party is linked to an Annex A control.");
    expect((await entry("A.8.3")).applicable).toBeNull();

    const created = await call("POST", "/api/v1/context/parties", {
      name: "Works council",
      category: "employee",
      requirements: [
        { text: "Report serious incidents to staff", annexA: [A83] },
        { text: "Consult before monitoring tools go live" },
        { text: "Publish the incident log", annexA: [A83, A85] },
      ],
    });
    expect(created.status).toBe(201);
    works = created.body as Party;
    expect(works.requirements.map((r) => r.annexA)).toEqual([[A83], [], [A83, A85]]);

    const res = await derive();
    expect(res.notes).toContain("Requirements of 1 interested party justify 2 Annex A controls.");
    expect(res.notes.join(" ")).not.toMatch(/not linked|were not used/);
    const a83 = await entry("A.8.3");
    expect(a83).toMatchObject({ applicable: true, decisionSource: "derived" });
    expect(a83.reasons).toEqual([
      {
        kind: "interested_party",
        ref: works.key,
        label: "Works council",
        note: "Report serious incidents to staff; Publish the incident log",
      },
    ]);
    expect((await entry("A.8.5")).reasons).toEqual([
      { kind: "interested_party", ref: works.key, label: "Works council", note: "Publish the incident log" },
    ]);
  });

  it("refuses a key that is not an Annex A control and changes nothing", async () => {
    const total = (await call("GET", "/api/v1/context/parties")).body.total as number;
    const bad = await call("POST", "/api/v1/context/parties", {
      name: "Regulator",
      category: "regulator",
      requirements: [{ text: "Logs", annexA: [A83, `${ISO}/A.99.9`] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    expect(bad.body.error.details.issues).toEqual([
      { path: "requirements.0.annexA.1", message: `${ISO}/A.99.9 is not an ISO/IEC 42001 Annex A control` },
    ]);
    expect((await call("GET", "/api/v1/context/parties")).body.total).toBe(total);

    // A clause, an Annex C objective and another standard's control are no Annex A controls either.
    for (const key of [`${ISO}/6.1.3`, `${ISO}/C.2.fairness`, "iso-iec-27001:2022/A.5.1"]) {
      const res = await call("PATCH", `/api/v1/context/parties/${works.id}`, {
        version: works.version,
        requirements: [{ ...works.requirements[0]!, annexA: [key] }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.issues[0].path).toBe("requirements.0.annexA.0");
    }
    expect(await party(works.id)).toEqual(works);
    const dup = await call("PATCH", `/api/v1/context/parties/${works.id}`, {
      version: works.version,
      requirements: [{ text: "x", annexA: [A83, A83] }],
    });
    expect(dup.status).toBe(400);
    expect(await party(works.id)).toEqual(works);
  });

  it("keeps the links when an update leaves them out, and drops them when sent empty", async () => {
    const renamed = await call("PATCH", `/api/v1/context/parties/${works.id}`, {
      version: works.version,
      name: "Works council (HQ)",
    });
    expect(renamed.status).toBe(200);
    expect((renamed.body as Party).requirements).toEqual(works.requirements);

    // An older client sends the requirements without `annexA`: each keeps the links stored under its id.
    const [first, second, third] = works.requirements;
    const strip = ({ annexA: _links, ...r }: Requirement) => r;
    const resent = await call("PATCH", `/api/v1/context/parties/${works.id}`, {
      version: renamed.body.version,
      requirements: [strip(first!), strip(second!), { ...strip(third!), addressed: true }],
    });
    expect(resent.status).toBe(200);
    expect((resent.body as Party).requirements.map((r) => r.annexA)).toEqual([[A83], [], [A83, A85]]);
    await derive();
    expect((await entry("A.8.3")).reasons[0]).toMatchObject({ ref: works.key, label: "Works council (HQ)" });

    const cleared = await call("PATCH", `/api/v1/context/parties/${works.id}`, {
      version: resent.body.version,
      requirements: [first, { ...third!, annexA: [] }],
    });
    expect((cleared.body as Party).requirements.map((r) => r.annexA)).toEqual([[A83], []]);
    await derive();
    expect((await entry("A.8.5")).applicable).toBeNull();
    expect((await entry("A.8.3")).reasons.map((r) => r.note)).toEqual(["Report serious incidents to staff"]);
  });

  it("reads requirements stored before links existed as linked to nothing", async () => {
    const created = (
      await call("POST", "/api/v1/context/parties", { name: "Legacy customer", category: "customer" })
    ).body as Party;
    const legacy = [{ id: "8f0c1f7e-6d0a-4c56-9a8e-2f1b3c4d5e6f", text: "Old", addressed: false, how: "" }];
    await t.database.db
      .update(interestedParties)
      .set({ requirements: legacy })
      .where(eq(interestedParties.id, created.id));
    expect((await party(created.id)).requirements).toEqual([{ ...legacy[0], annexA: [] }]);
    const list = await call("GET", "/api/v1/context/parties?q=Legacy");
    expect(list.status).toBe(200);
    expect(list.body.items[0].requirements[0].annexA).toEqual([]);
    expect((await call("POST", "/api/v1/soa/derive")).status).toBe(200);
  });
});
