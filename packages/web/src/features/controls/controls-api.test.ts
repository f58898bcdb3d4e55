import { afterEach, describe, expect, it, vi } from "vitest";
import { listCoverage } from "../coverage/coverage-api";
import { adoptTemplates, listControls, updateControl } from "./controls-api";

function stubFetch(body: unknown = { items: [], total: 0 }) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("control and coverage calls", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the controls linked to one requirement, and filters by status", async () => {
    const fetchMock = stubFetch();
    await listControls({ requirementKey: "nist-ai-rmf:1.0/GOVERN 1.1", limit: 100, offset: 0, sort: "code" });
    await listControls({
      limit: 25,
      offset: 25,
      sort: "implementationStatus",
      order: "desc",
      implementationStatus: "planned",
    });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      "/api/v1/controls?requirementKey=nist-ai-rmf%3A1.0%2FGOVERN+1.1&limit=100&offset=0&sort=code",
      "/api/v1/controls?limit=25&offset=25&sort=implementationStatus&order=desc&implementationStatus=planned",
    ]);
  });

  it("patches a control with the version read, and adopts templates by code", async () => {
    const fetchMock = stubFetch({ adopted: [], skipped: [] });
    await updateControl("b4848f00-841f-4c12-85b0-99f40559633f", {
      version: 2,
      implementationStatus: "implemented",
    });
    await adoptTemplates(["AIC-GOV-01"]);
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/v1/controls/b4848f00-841f-4c12-85b0-99f40559633f");
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe("PATCH");
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toEqual({ codes: ["AIC-GOV-01"] });
  });

  it("asks for the coverage of one framework by status", async () => {
    const fetchMock = stubFetch();
    await listCoverage({ framework: "iso-iec-42001:2023", status: "partial", limit: 50, offset: 0 });
    await listCoverage({ framework: "iso-iec-42001:2023", limit: 50, offset: 50 });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      "/api/v1/coverage?framework=iso-iec-42001%3A2023&status=partial&limit=50&offset=0",
      "/api/v1/coverage?framework=iso-iec-42001%3A2023&limit=50&offset=50",
    ]);
  });
});
