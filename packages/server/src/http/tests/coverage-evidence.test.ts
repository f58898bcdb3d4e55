import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { addDays, utcDay } from "@openaims/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evidence, evidenceLinks } from "../../db/schema/index.js";
import { CatalogCache } from "../../services/catalogs/catalog-cache.js";
import { frameworkCoverage } from "../../services/coverage/coverage-service.js";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

// ISO/IEC 42001 9.1, issue 6 "done when": evidence past its valid-until date turns a covered
// requirement into partially or not covered, and the coverage explanation says why.
let t: TestApp;
const ISO = "iso-iec-42001:2023";
const A624 = `${ISO}/A.6.2.4`;
const MEASURE21 = "nist-ai-rmf:1.0/MEASURE 2.1"; // subset-of A.6.2.4: full from A.6.2.4 when it is full
const today = utcDay();
const future = addDays(today, 90);
const past = addDays(today, -3);
let control: { id: string; version: number };
let evidenceId = "";

type Limit = { kind: string; from: string; to: string; message: string; control: { code: string } | null };
type Cov = {
  key: string;
  status: string;
  potential: string;
  sources: {
    controlCode: string;
    strength: string;
    claimed: string;
    evidence: { standing: string };
    explanation: string;
  }[];
  evidence: { standing: string; stale: { key: string; reason: string }[] };
  limitedBy: Limit[];
};

async function coverageOf(framework: string, query = ""): Promise<Map<string, Cov>> {
  const out = new Map<string, Cov>();
  for (let offset = 0; ; offset += 200) {
    const res = await t.app.inject({
      url: `/api/v1/coverage?framework=${framework}&offset=${offset}${query}`,
      headers: bearer(t.tokens.viewer),
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json();
    for (const item of page.items) out.set(item.key, item);
    if (offset + 200 >= page.total) return out;
  }
}

async function insertEvidence(
  key: string,
  title: string,
  validUntil: string | null,
  links: [string, string][],
) {
  const [row] = await t.database.db
    .insert(evidence)
    .values({
      key,
      title,
      kind: "link",
      url: "https://example.org/report",
      collectedOn: addDays(today, -30),
      effectiveOn: addDays(today, -30),
      validUntil,
    })
    .returning();
  await t.database.db
    .insert(evidenceLinks)
    .values(links.map(([targetType, targetId]) => ({ evidenceId: row!.id, targetType, targetId })));
  return row!.id;
}

const setControl = async (implementationStatus: string) => {
  const res = await t.app.inject({
    method: "PATCH",
    url: `/api/v1/controls/${control.id}`,
    headers: bearer(t.tokens.contributor),
    payload: { version: control.version, implementationStatus },
  });
  expect(res.statusCode, res.body).toBe(200);
  control = res.json();
};

beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/controls",
    headers: bearer(t.tokens.contributor),
    payload: { code: "CTL-3", title: "Bias testing", links: [{ requirementKey: A624, coverage: "full" }] },
  });
  expect(res.statusCode, res.body).toBe(201);
  control = res.json();
  await setControl("implemented");
  evidenceId = await insertEvidence("EV-3", "Bias test report", future, [["control", control.id]]);
});
afterAll(async () => t?.close());

describe("expired evidence stops counting in coverage", () => {
  it("covers fully while the evidence is valid, and says which evidence backs it", async () => {
    const a = (await coverageOf(ISO)).get(A624)!;
    expect(a.status).toBe("full");
    expect(a.limitedBy).toEqual([]);
    expect(a.sources[0]!.evidence.standing).toBe("current");
    expect(a.sources[0]!.explanation).toBe(
      `CTL-3 Bias testing (full link to ${A624}) → full (current evidence EV-3)`,
    );
    expect((await coverageOf("nist-ai-rmf:1.0")).get(MEASURE21)!.status).toBe("full");
  });

  it("judges on the day given: one day after validUntil the same data covers only partly", async () => {
    const cache = new CatalogCache(t.database.db);
    const q = { framework: ISO, limit: 200, offset: 0 };
    const onLastDay = await frameworkCoverage(t.database.db, cache, q, { today: future });
    expect(onLastDay.items.find((i) => i.key === A624)!.status).toBe("full");
    const dayAfter = await frameworkCoverage(t.database.db, cache, q, { today: addDays(future, 1) });
    const a = dayAfter.items.find((i) => i.key === A624)!;
    expect(a.status).toBe("partial");
    expect(a.sources[0]!.explanation).toContain(`evidence EV-3 "Bias test report" expired on ${future}`);
  });

  it("past validUntil: the requirement turns partial through HTTP, with the reason, and crosswalks follow", async () => {
    await t.database.db.update(evidence).set({ validUntil: past }).where(eq(evidence.id, evidenceId));
    const a = (await coverageOf(ISO)).get(A624)!;
    expect(a.status).toBe("partial");
    expect(a.potential).toBe("full");
    expect(a.sources[0]).toMatchObject({
      strength: "partial",
      claimed: "full",
      evidence: { standing: "stale" },
    });
    expect(a.sources[0]!.explanation).toBe(
      `CTL-3 Bias testing (full link to ${A624}) → partial: evidence EV-3 "Bias test report" expired on ${past}`,
    );
    expect(a.limitedBy).toHaveLength(1);
    expect(a.limitedBy[0]).toMatchObject({
      kind: "control_evidence",
      from: "full",
      to: "partial",
      control: { code: "CTL-3" },
    });
    expect(a.limitedBy[0]!.message).toContain(`expired on ${past}`);

    const m = (await coverageOf("nist-ai-rmf:1.0")).get(MEASURE21)!;
    expect(m.status).toBe("partial");
    expect(m.limitedBy[0]!.message).toContain("EV-3");

    const held = await coverageOf(ISO, "&heldBack=true");
    expect([...held.keys()]).toEqual([A624]);
    const summary = (
      await t.app.inject({ url: "/api/v1/coverage/summary", headers: bearer(t.tokens.viewer) })
    ).json();
    const iso = summary.frameworks.find((f: { frameworkRef: string }) => f.frameworkRef === ISO);
    expect(iso.heldBack).toBe(1);
    expect(iso.full).toBe(0);
  });

  it("a partially implemented control with only expired evidence covers nothing, and the requirement says why", async () => {
    await setControl("partial");
    const a = (await coverageOf(ISO)).get(A624)!;
    expect(a.status).toBe("none");
    expect(a.potential).toBe("partial");
    expect(a.sources).toEqual([]);
    expect(a.limitedBy[0]!.message).toBe(
      `CTL-3 Bias testing no longer counts (it would cover this partly): evidence EV-3 "Bias test report" expired on ${past}`,
    );
    await setControl("implemented");
  });

  it("renewed evidence restores full coverage (one current item is enough)", async () => {
    const renewed = await insertEvidence("EV-4", "Bias test report 2", future, [["control", control.id]]);
    expect((await coverageOf(ISO)).get(A624)!.status).toBe("full");
    await t.database.db.delete(evidenceLinks).where(eq(evidenceLinks.evidenceId, renewed));
    expect((await coverageOf(ISO)).get(A624)!.status).toBe("partial");
  });

  it("expired evidence linked to a requirement itself caps it at partial", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/controls",
      headers: bearer(t.tokens.contributor),
      payload: {
        code: "RISK-01",
        title: "AI risk assessment",
        implementationStatus: "implemented",
        links: [{ requirementKey: `${ISO}/6.1.2`, coverage: "full" }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await coverageOf(ISO)).get(`${ISO}/6.1.2`)!.status).toBe("full");
    await insertEvidence("EV-5", "Risk assessment record", past, [["requirement", `${ISO}/6.1.2`]]);
    const r = (await coverageOf(ISO)).get(`${ISO}/6.1.2`)!;
    expect(r.status).toBe("partial");
    expect(r.evidence.standing).toBe("stale");
    expect(r.limitedBy).toEqual([
      expect.objectContaining({ kind: "requirement_evidence", control: null, from: "full", to: "partial" }),
    ]);
    expect(r.limitedBy[0]!.message).toContain(`evidence EV-5 "Risk assessment record" expired on ${past}`);
  });

  it("loads evidence for all controls at once (no query per control)", async () => {
    // Each count follows a change, so both compute coverage afresh (no memoized result).
    const count = async () => {
      t.takeQueries();
      await coverageOf(ISO);
      return t.takeQueries().length;
    };
    const addControlWithEvidence = async (i: number) => {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/controls",
        headers: bearer(t.tokens.contributor),
        payload: {
          code: `EXTRA-${i}`,
          title: "Extra",
          implementationStatus: "implemented",
          links: [{ requirementKey: `${ISO}/A.6.2.${i + 5}`, coverage: "full" }],
        },
      });
      await insertEvidence(`EV-9${i}`, "Extra record", past, [["control", res.json().id]]);
    };
    await addControlWithEvidence(0);
    const withOne = await count();
    await addControlWithEvidence(1);
    await addControlWithEvidence(2);
    expect(await count()).toBe(withOne);
  });

  it("computes coverage once per state of its inputs: a repeat read runs fewer queries", async () => {
    const count = async () => {
      t.takeQueries();
      const status = (await coverageOf(ISO)).get(A624)!.status;
      return { queries: t.takeQueries().length, status };
    };
    await count(); // the catalog graph loads once per process
    const [saved] = await t.database.db.select().from(evidence).where(eq(evidence.id, evidenceId));
    const changeValidity = (validUntil: string) =>
      t.database.db.update(evidence).set({ validUntil }).where(eq(evidence.id, evidenceId));
    await changeValidity("2099-12-30");
    const first = await count();
    const again = await count();
    expect(again.queries).toBeLessThan(first.queries);
    expect(again.status).toBe(first.status);
    // A direct change of a validity date (no service, no version bump) is still seen.
    await changeValidity("2099-12-31");
    expect((await count()).queries).toBe(first.queries);
    await t.database.db
      .update(evidence)
      .set({ validUntil: saved!.validUntil })
      .where(eq(evidence.id, evidenceId));
  });
});

describe("evidence in the Statement of Applicability", () => {
  type Entry = {
    controlId: string;
    version: number;
    evidence: {
      key: string;
      state: string;
      validUntil: string | null;
      direct: boolean;
      controls: string[];
    }[];
  };
  const soa = async () =>
    (await t.app.inject({ url: "/api/v1/soa", headers: bearer(t.tokens.viewer) })).json() as {
      items: Entry[];
      warnings: { controlId: string; code: string; message: string }[];
    };

  it("shows the evidence of the entry and of its controls with their state, and warns when all is stale", async () => {
    await insertEvidence("EV-6", "Annex A record", past, [["requirement", A624]]);
    let entry = (await soa()).items.find((e) => e.controlId === "A.6.2.4")!;
    expect(entry.evidence).toEqual([
      expect.objectContaining({
        key: "EV-3",
        state: "expired",
        validUntil: past,
        direct: false,
        controls: ["CTL-3"],
      }),
      expect.objectContaining({ key: "EV-6", state: "expired", direct: true, controls: [] }),
    ]);
    expect((await soa()).warnings).toEqual([]); // not decided yet
    const res = await t.app.inject({
      method: "PATCH",
      url: "/api/v1/soa/A.6.2.4",
      headers: bearer(t.tokens.contributor),
      payload: {
        version: entry.version,
        applicable: true,
        reasons: [{ kind: "business", ref: "Fairness" }],
        implementationStatus: "implemented",
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { warnings } = await soa();
    expect(warnings).toEqual([expect.objectContaining({ controlId: "A.6.2.4", code: "stale_evidence" })]);
    expect(warnings[0]!.message).toContain(`evidence EV-3 "Bias test report" expired on ${past}`);

    await insertEvidence("EV-7", "Fresh record", future, [["requirement", A624]]);
    const after = await soa();
    entry = after.items.find((e) => e.controlId === "A.6.2.4")!;
    expect(entry.evidence.find((e) => e.key === "EV-7")!.state).toBe("current");
    expect(after.warnings).toEqual([]);
  });

  it("exports the evidence of each entry in the SoA workbook", async () => {
    const res = await t.app.inject({
      url: "/api/v1/soa/export?format=xlsx",
      headers: bearer(t.tokens.viewer),
    });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows[0] as string[];
    const row = rows.find((r) => r[0] === "A.6.2.4")!;
    expect(row[header.indexOf("Evidence")]).toContain(`EV-3 Bias test report (expired, valid until ${past})`);
  });
});
