import { afterEach, describe, expect, it, vi } from "vitest";
import { decideIntake, listIntakeRequests } from "../intake/intake-api";
import { importInventory, listAiSystems } from "./inventory-api";

function stubFetch(body: unknown = { items: [], total: 0 }) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("inventory and intake calls", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists AI systems with the filters that are set", async () => {
    const fetchMock = stubFetch();
    await listAiSystems({
      limit: 25,
      offset: 0,
      sort: "euRiskClass",
      order: "desc",
      euRiskClass: "high-risk",
      framework: "eu-ai-act:2024",
    });
    expect(fetchMock.mock.calls[0]?.[0]).toBe(
      "/api/v1/ai-systems?limit=25&offset=0&sort=euRiskClass&order=desc&euRiskClass=high-risk&framework=eu-ai-act%3A2024",
    );
  });

  it("asks for my intake requests only when `mine` is set", async () => {
    const fetchMock = stubFetch();
    await listIntakeRequests({ limit: 25, offset: 0, order: "desc", mine: true, status: "triage" });
    await listIntakeRequests({ limit: 25, offset: 0, mine: false });
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      "/api/v1/intake-requests?limit=25&offset=0&order=desc&mine=true&status=triage",
      "/api/v1/intake-requests?limit=25&offset=0",
    ]);
  });

  it("posts decisions and imports as JSON", async () => {
    const fetchMock = stubFetch({});
    await decideIntake("e8282292-ddf2-418f-8057-cfb056f9a098", { decision: "reject", comment: "Duplicate" });
    await importInventory({ format: "xlsx", content: "UEsDBA==", mode: "preview" });
    expect(fetchMock.mock.calls[0]?.[0]).toBe(
      "/api/v1/intake-requests/e8282292-ddf2-418f-8057-cfb056f9a098/decision",
    );
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      decision: "reject",
      comment: "Duplicate",
    });
    expect(JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body))).toEqual({
      format: "xlsx",
      content: "UEsDBA==",
      mode: "preview",
    });
  });
});
