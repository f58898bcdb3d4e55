import { describe, expect, it } from "vitest";
import {
  DEFAULT_INVENTORY_VIEW,
  canonicalViewQuery,
  inventoryQueryOf,
  inventoryViewOf,
  inventoryViewParams,
  isFilteredView,
} from "./inventory-view";

const UNIT = "0b51c316-b23c-4b58-9ef7-cd7968b52df2";
const view = (query: string) => inventoryViewOf(new URLSearchParams(query));

describe("inventoryViewOf", () => {
  it("reads filters and sort from the URL", () => {
    expect(
      view(`q=cv&stage=deployed&risk=high-risk&unit=${UNIT}&framework=eu-ai-act:2024&sort=name&order=desc`),
    ).toEqual({
      q: "cv",
      lifecycleStage: "deployed",
      euRiskClass: "high-risk",
      businessUnitId: UNIT,
      framework: "eu-ai-act:2024",
      sort: "name",
      order: "desc",
    });
  });

  it("falls back to the default for unknown or malformed values", () => {
    expect(view("stage=live&risk=scary&unit=BU-1&framework=../x&sort=owner&order=up")).toEqual(
      DEFAULT_INVENTORY_VIEW,
    );
  });
});

describe("inventoryViewParams", () => {
  it("leaves defaults out and keeps a fixed order", () => {
    expect(inventoryViewParams(DEFAULT_INVENTORY_VIEW).toString()).toBe("");
    expect(
      inventoryViewParams({
        ...DEFAULT_INVENTORY_VIEW,
        sort: "euRiskClass",
        euRiskClass: "prohibited",
        q: " a ",
      }).toString(),
    ).toBe("q=a&risk=prohibited&sort=euRiskClass");
  });

  it("round-trips through the URL", () => {
    const state = view("order=desc&sort=updatedAt&framework=gdpr:2016&stage=retired");
    expect(view(inventoryViewParams(state).toString())).toEqual(state);
    expect(canonicalViewQuery("order=desc&stage=retired&sort=key")).toBe("stage=retired&order=desc");
  });
});

describe("inventoryQueryOf", () => {
  it("sends only the filters that are set", () => {
    expect(inventoryQueryOf(view("risk=high-risk"), { limit: 25, offset: 50 })).toEqual({
      limit: 25,
      offset: 50,
      sort: "key",
      order: "asc",
      q: undefined,
      lifecycleStage: undefined,
      euRiskClass: "high-risk",
      businessUnitId: undefined,
      framework: undefined,
    });
  });

  it("tells a filtered view from a sorted one", () => {
    expect(isFilteredView(view("sort=name&order=desc"))).toBe(false);
    expect(isFilteredView(view("q=x"))).toBe(true);
  });
});
