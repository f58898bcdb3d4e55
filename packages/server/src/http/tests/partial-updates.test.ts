/** A PATCH changes what it sends and nothing else: fields left out keep their stored values. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

describe("partial updates", () => {
  it("keep a risk's description, consequences and treatment links", async () => {
    const w = bearer(t.tokens.contributor);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: w,
      payload: {
        title: "Chatbot invents refund rules",
        description: "The assistant states refund conditions that do not exist.",
        consequences: { organization: "Refunds paid in error", individuals: "", society: "" },
        inherentLikelihood: 3,
        inherentImpact: 3,
        residualLikelihood: 2,
        residualImpact: 2,
        treatment: "mitigate",
        annexAControls: ["iso-iec-42001:2023/A.6.2.4"],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const risk = created.json();
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risks/${risk.id}`,
      headers: w,
      payload: { version: risk.version, title: "Chatbot invents refund conditions" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      title: "Chatbot invents refund conditions",
      description: risk.description,
      consequences: risk.consequences,
      treatment: "mitigate",
      annexAControls: ["iso-iec-42001:2023/A.6.2.4"],
    });
  });

  it("keep an AI system's purpose, components and profile", async () => {
    const w = bearer(t.tokens.contributor);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/ai-systems",
      headers: w,
      payload: {
        name: "Invoice reader",
        purpose: "Reads supplier invoices and proposes bookings.",
        models: [{ name: "layout-model", type: "deep_learning" }],
        profile: { jurisdictions: { eu: ["DE"], us: [], other: [] }, processesPersonalData: true },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const system = created.json();
    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/ai-systems/${system.id}`,
      headers: w,
      payload: { version: system.version, name: "Invoice reader v2" },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      name: "Invoice reader v2",
      purpose: system.purpose,
      models: system.models,
      profile: { jurisdictions: { eu: ["DE"] }, processesPersonalData: true },
    });
  });
});
