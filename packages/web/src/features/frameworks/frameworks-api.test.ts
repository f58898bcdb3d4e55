import { afterEach, describe, expect, it, vi } from "vitest";
import { listCrosswalkEntries } from "../crosswalks/crosswalks-api";
import { getFramework, getRequirement, importCatalog, listRequirements } from "./frameworks-api";

function stubFetch(body: unknown = { items: [], total: 0 }) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return () => fetchMock.mock.calls.map((c) => c[0]);
}

describe("framework and crosswalk calls", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("encodes refs and requirement ids in the path", async () => {
    const urls = stubFetch({});
    await getFramework("iso-iec-42001:2023");
    await getRequirement("nist-ai-rmf:1.0", "GOVERN 1.1");
    await getRequirement("eu-ai-act:2024", "Art. 5(1)(a)");
    expect(urls()).toEqual([
      "/api/v1/frameworks/iso-iec-42001%3A2023",
      "/api/v1/frameworks/nist-ai-rmf%3A1.0/requirements/GOVERN%201.1",
      "/api/v1/frameworks/eu-ai-act%3A2024/requirements/Art.%205(1)(a)",
    ]);
  });

  it("asks for assessable requirements matching a search, one page at a time", async () => {
    const urls = stubFetch();
    await listRequirements("iso-iec-42001:2023", { q: "risk", assessable: true, limit: 8, offset: 0 });
    await listRequirements("iso-iec-42001:2023", { limit: 200, offset: 200 });
    expect(urls()).toEqual([
      "/api/v1/frameworks/iso-iec-42001%3A2023/requirements?q=risk&assessable=true&limit=8&offset=0",
      "/api/v1/frameworks/iso-iec-42001%3A2023/requirements?limit=200&offset=200",
    ]);
  });

  it("reads a crosswalk between two frameworks, optionally by relationship", async () => {
    const urls = stubFetch();
    await listCrosswalkEntries({ from: "nist-ai-rmf:1.0", to: "iso-iec-42001:2023", limit: 200, offset: 0 });
    await listCrosswalkEntries({
      from: "a:1",
      to: "b:1",
      relationship: "subset-of",
      limit: 50,
      offset: 50,
    });
    expect(urls()).toEqual([
      "/api/v1/crosswalks?from=nist-ai-rmf%3A1.0&to=iso-iec-42001%3A2023&limit=200&offset=0",
      "/api/v1/crosswalks?from=a%3A1&to=b%3A1&relationship=subset-of&limit=50&offset=50",
    ]);
  });

  it("posts an import as JSON", async () => {
    const fetchMock = vi.fn(
      async (_url: string, _init?: RequestInit) =>
        new Response(JSON.stringify({ kind: "framework", ref: "acme:1", requirementCount: 2 }), {
          status: 201,
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const result = await importCatalog({ format: "csv", content: "#id,acme", replace: true });
    expect(result.ref).toBe("acme:1");
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/v1/catalogs/import");
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      format: "csv",
      content: "#id,acme",
      replace: true,
    });
  });
});
