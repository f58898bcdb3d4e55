/**
 * Object-level read access (ARCHITECTURE rule 9; ISO/IEC 42001 A.3.2): a contributor or viewer limited
 * to unit A reads the records of unit A and the organization-wide ones; another unit's record does
 * not exist for them — by id on every route that names one, in lists, searches, exports, the heat
 * map and the duplicate check — and the 404 looks exactly like the one for an id nobody has.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  buildWorld,
  byIdRoutes,
  READ_QUERIES,
  SEARCH_WORD,
  unknownRecords,
  urlFor,
  withoutIds,
  type Records,
  type World,
} from "./object-access-world.js";

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 });
  w = await buildWorld(t);
}, 120_000);
afterAll(async () => t?.close());

const people = () =>
  [
    ["contributor of A", w.contributorA],
    ["viewer of A", w.viewerA],
  ] as const;
const get = (url: string, headers: Record<string, string>) => t.app.inject({ url, headers });
const read = (route: string, r: Records, headers: Record<string, string>) => {
  const query = READ_QUERIES[route];
  return get(`${urlFor(route, r)}${query ? `?${query}` : ""}`, headers);
};

describe("reading another unit's record by id", () => {
  it("answers 404 on every by-id read route, as for an id that does not exist", async () => {
    const routes = byIdRoutes(t.app.aimsRoutes).filter((r) => r.startsWith("GET "));
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const unknown = unknownRecords();
    for (const route of routes)
      for (const [who, headers] of people()) {
        const hidden = await read(route, w.B, headers);
        const label = `${who} ${route} -> ${hidden.statusCode} ${hidden.body.slice(0, 160)}`;
        expect(hidden.statusCode, label).toBe(404);
        expect(hidden.json().error.code, label).toBe("NOT_FOUND");
        const absent = await read(route, unknown, headers);
        expect(withoutIds(hidden.body), label).toBe(withoutIds(absent.body));
      }
  });

  it("serves the same routes for unit A's and the organization-wide records", async () => {
    const routes = byIdRoutes(t.app.aimsRoutes).filter((r) => r.startsWith("GET "));
    for (const route of routes)
      for (const [who, headers] of people())
        for (const r of [w.A, w.org]) {
          const res = await read(route, r, headers);
          expect(res.statusCode, `${who} ${r.tag} ${route} -> ${res.body.slice(0, 160)}`).toBe(200);
        }
  });

  it("answers the export of an assessment by its key as for a key nobody has", async () => {
    for (const [, headers] of people()) {
      const hidden = await get(`/api/v1/impact-assessments/${w.B.assessment.key}/export?format=pdf`, headers);
      const absent = await get(`/api/v1/impact-assessments/IA-999999/export?format=pdf`, headers);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body.replace(w.B.assessment.key, "<key>")).toBe(
        absent.body.replace("IA-999999", "<key>"),
      );
      const own = await get(`/api/v1/impact-assessments/${w.A.assessment.key}/export?format=pdf`, headers);
      expect(own.statusCode).toBe(200);
    }
  });
});

/** The names a list answers with, and whether its total counts only those. */
async function listed(url: string, headers: Record<string, string>, nameOf: (item: never) => string) {
  const res = await get(url, headers);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  const page = res.json() as { items: never[]; total: number };
  expect(page.total, url).toBe(page.items.length);
  return page.items.map(nameOf).join("\n");
}

describe("lists, searches, exports and counts", () => {
  const lists: [string, (item: never) => string][] = [
    ["/api/v1/ai-systems", (i: { name: string }) => i.name],
    ["/api/v1/risks", (i: { title: string }) => i.title],
    ["/api/v1/evidence", (i: { title: string }) => i.title],
    ["/api/v1/impact-assessments", (i: { title: string }) => i.title],
    ["/api/v1/documents", (i: { title: string }) => i.title],
    ["/api/v1/vendors", (i: { name: string }) => i.name],
    ["/api/v1/vendor-campaigns", (i: { vendor: { name: string } }) => i.vendor.name],
  ];

  it("lists and counts unit A's and organization-wide records, never unit B's", async () => {
    for (const [url, nameOf] of lists)
      for (const [, headers] of people()) {
        const names = await listed(`${url}?limit=200`, headers, nameOf);
        expect(names, url).toContain("Alpha");
        expect(names, url).toContain("Orgwide");
        expect(names, url).not.toContain("Bravo");
      }
    // An administrator sees all three, so the lists above were not empty by accident.
    for (const [url, nameOf] of lists)
      expect(await listed(`${url}?limit=200`, bearer(t.tokens.admin), nameOf), url).toContain("Bravo");
  });

  it("finds nothing of unit B by searching its name or filtering on its records", async () => {
    const searchable = lists.filter(([url]) => url !== "/api/v1/vendor-campaigns");
    for (const [url, nameOf] of searchable)
      for (const [, headers] of people()) {
        expect(await listed(`${url}?q=Bravo`, headers, nameOf), url).toBe("");
        expect(await listed(`${url}?q=${SEARCH_WORD}&limit=200`, headers, nameOf), url).not.toContain(
          "Bravo",
        );
      }
    for (const [, headers] of people()) {
      const filters = [
        `/api/v1/risks?aiSystemId=${w.B.aiSystem.id}`,
        `/api/v1/risks?businessUnitId=${w.unitB}`,
        `/api/v1/impact-assessments?aiSystemId=${w.B.aiSystem.id}`,
        `/api/v1/evidence?targetType=risk&targetId=${w.B.risk.id}`,
        `/api/v1/ai-systems?businessUnitId=${w.unitB}`,
        `/api/v1/vendor-campaigns?vendorId=${w.B.vendor.id}`,
      ];
      for (const url of filters) {
        const res = await get(url, headers);
        expect(res.statusCode === 400 || res.json().total === 0, `${url}: ${res.body.slice(0, 200)}`).toBe(
          true,
        );
      }
    }
  });

  it("leaves unit B's risks out of the heat map's counts", async () => {
    const total = async (headers: Record<string, string>) =>
      (await get("/api/v1/risks/heat-map?kind=inherent", headers)).json().total as number;
    expect(await total(bearer(t.tokens.admin))).toBe(3);
    for (const [, headers] of people()) expect(await total(headers)).toBe(2);
    for (const [, headers] of people()) {
      const res = await get(`/api/v1/risks/heat-map?kind=inherent&businessUnitId=${w.unitB}`, headers);
      expect(res.json().total).toBe(0);
    }
  });

  it("exports the inventory and the risk register without unit B's rows", async () => {
    for (const [, headers] of people()) {
      const csv = await get("/api/v1/ai-systems/export?format=csv", headers);
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain("Alpha");
      expect(csv.body).toContain("Orgwide");
      expect(csv.body).not.toContain("Bravo");
      const xlsx = await get("/api/v1/risks/export?format=xlsx", headers);
      expect(xlsx.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const cells: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
      expect(cells.join("\n")).toContain("Alpha");
      expect(cells.join("\n")).not.toContain("Bravo");
    }
  });

  it("names no system of unit B in the duplicate check", async () => {
    const probe = { name: `Bravo ${SEARCH_WORD} system`, purpose: "Answer customer questions" };
    const similar = (headers: Record<string, string>) =>
      t.app.inject({ method: "POST", url: "/api/v1/ai-systems/similar", headers, payload: probe });
    const all = (await similar(bearer(t.tokens.admin))).json().items as { name: string }[];
    expect(all.map((s) => s.name)).toContain(w.B.aiSystem.name);
    for (const [, headers] of people()) {
      const res = await similar(headers);
      expect(res.statusCode).toBe(200);
      const names = (res.json().items as { name: string }[]).map((s) => s.name);
      expect(names).not.toContain(w.B.aiSystem.name);
      expect(names).toContain(w.A.aiSystem.name);
    }
  });
});
