import { describe, expect, it } from "vitest";
import { inventoryRowToAiSystem } from "./inventory-rows.js";

const lookups = {
  businessUnitId: (r: string) =>
    r === "BU-1" || r === "Lending" ? "11111111-1111-4111-8111-111111111111" : null,
  userId: (e: string) => (e === "owner@example.org" ? "22222222-2222-4222-8222-222222222222" : null),
};

describe("inventory rows", () => {
  it("reads a full row", () => {
    const r = inventoryRowToAiSystem(
      {
        name: "Credit model",
        businessUnit: "Lending",
        owner: "Owner@Example.org",
        lifecycleStage: "deployed",
        usJurisdictions: "co; tx",
        consequentialDecisions: "lending",
        decisionRole: "makes",
        processesPersonalData: "yes",
        models: "xgb-v3; fallback",
        vendors: "ScoreCo",
      },
      2,
      lookups,
    );
    expect("value" in r && r.value).toMatchObject({
      name: "Credit model",
      lifecycleStage: "deployed",
      ownerId: "22222222-2222-4222-8222-222222222222",
      models: [{ name: "xgb-v3" }, { name: "fallback" }],
      profile: {
        jurisdictions: { us: ["CO", "TX"] },
        consequentialDecisions: ["lending"],
        decisionRole: "makes",
        processesPersonalData: true,
      },
    });
  });
  it.each([
    [{ name: "" }, "name"],
    [{ name: "x", lifecycleStage: "live" }, "lifecycleStage"],
    [{ name: "x", annexIIIAreas: "hiring" }, "annexIIIAreas"],
    [{ name: "x", deepfake: "maybe" }, "deepfake"],
    [{ name: "x", businessUnit: "Nowhere" }, "businessUnit"],
    [{ name: "x", owner: "ghost@example.org" }, "owner"],
    [{ name: "x", euJurisdictions: "Germany" }, "euJurisdictions"],
  ])("reports %j in column %s", (row, column) => {
    const r = inventoryRowToAiSystem(row, 7, lookups);
    expect("errors" in r && r.errors.some((e) => e.column === column && e.row === 7)).toBe(true);
  });
});
