import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq, inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "../../db/client.js";
import {
  aiSystems,
  auditEvents,
  businessUnits,
  controls,
  documents,
  evidence,
  evidenceLinks,
  risks,
  riskTreatmentLinks,
  settings,
  vendorAiSystems,
  vendors,
} from "../../db/schema/index.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { createAiSystem, updateAiSystem } from "../ai-systems/ai-systems-service.js";
import { createRisk } from "../risks/risks-service.js";
import { systemContext } from "../context.js";
import { DEMO_SETTING, demoStatus, loadDemo, removeDemo } from "./demo-load.js";
import { demoPlan } from "./demo-plan.js";

const TODAY = "2030-03-01";
let database: Database;
let db: Database["db"];
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
});
afterAll(async () => database?.close());

const rows = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
const demoEvents = async (action: string) =>
  (await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.action, action)))[0]!.n;

describe("demo plan", () => {
  it("is the same for the same seed and scores differ for another seed", () => {
    expect(demoPlan(7)).toEqual(demoPlan(7));
    expect(JSON.stringify(demoPlan(7).risks)).not.toEqual(JSON.stringify(demoPlan(8).risks));
    const plan = demoPlan(7);
    for (const r of plan.risks) {
      expect(plan.aiSystems.some((s) => s.ref === r.system)).toBe(true);
      expect(r.residual[0]).toBeLessThanOrEqual(r.inherent[0]);
    }
  });
});

describe("demo organization", () => {
  const plan = demoPlan();
  let loadedIds: { aiSystems: string[]; vendors: string[] };

  it("refuses an installation that holds an AI system of its own and writes nothing", async () => {
    const other = await createTestDatabase();
    try {
      await createAiSystem(systemContext(other.db, "test"), { name: "Our own model" });
      const auditBefore = (await other.db.select({ n: count() }).from(auditEvents))[0]!.n;
      expect(await demoStatus(other.db)).toEqual({
        loaded: false,
        canLoad: false,
        cannotLoadBecause: [
          "the demo loads only into an empty installation; this one already holds 1 AI system(s)",
        ],
      });
      await expect(loadDemo(other.db, 42, TODAY)).rejects.toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/empty installation; this one already holds 1 AI system\(s\)$/),
      });
      expect((await other.db.select({ n: count() }).from(aiSystems))[0]!.n).toBe(1);
      expect((await other.db.select({ n: count() }).from(businessUnits))[0]!.n).toBe(0);
      expect(
        (await other.db.select({ n: count() }).from(settings).where(eq(settings.key, DEMO_SETTING)))[0]!.n,
      ).toBe(0);
      expect((await other.db.select({ n: count() }).from(auditEvents))[0]!.n).toBe(auditBefore);
    } finally {
      await other.close();
    }
  }, 60_000);

  it("loads on an empty installation: counts as planned, linked and of several EU AI Act classes", async () => {
    expect(await demoStatus(db)).toEqual({ loaded: false, canLoad: true, cannotLoadBecause: [] });
    const counts = await loadDemo(db, 42, TODAY);
    expect(counts).toEqual({
      businessUnits: plan.businessUnits.length,
      aiSystems: plan.aiSystems.length,
      controls: plan.controls.length,
      risks: plan.risks.length,
      evidence: plan.evidence.length,
      vendors: plan.vendors.length,
      documents: plan.documents.length,
    });
    expect(await rows(aiSystems)).toBe(plan.aiSystems.length);
    expect(await rows(risks)).toBe(plan.risks.length);
    expect(await rows(controls)).toBe(plan.controls.length);
    expect(await rows(evidence)).toBe(plan.evidence.length);
    expect(await rows(vendors)).toBe(plan.vendors.length);
    expect(await rows(documents)).toBe(plan.documents.length);

    const systems = await db.select().from(aiSystems);
    const classes = new Set(systems.map((s) => s.euRiskClass));
    expect(classes.size).toBeGreaterThanOrEqual(3);
    const classOf = (name: string) => systems.find((s) => s.name === name)?.euRiskClass;
    expect(classOf("CV screening assistant")).toBe("high-risk");
    expect(classOf("Health and life pricing engine")).toBe("high-risk");
    expect(classOf("Policyholder chat assistant")).toBe("limited-risk");
    expect(classOf("Internal code assistant")).toBe("minimal-risk");
    expect(systems.every((s) => s.businessUnitId !== null)).toBe(true);

    const allRisks = await db.select().from(risks);
    expect(allRisks.every((r) => r.aiSystemId !== null)).toBe(true);
    const treatments = await db.select().from(riskTreatmentLinks);
    expect(new Set(treatments.map((t) => t.riskId)).size).toBe(plan.risks.length);

    const links = await db.select().from(evidenceLinks);
    expect(links.length).toBe(plan.evidence.reduce((n, e) => n + e.controls.length, 0));
    expect(links.every((l) => l.targetType === "control")).toBe(true);

    const supplied = await db.select().from(vendorAiSystems);
    expect(supplied.length).toBe(plan.vendors.reduce((n, v) => n + v.systems.length, 0));
    const rated = await db.select().from(vendors);
    expect(rated.every((v) => v.riskRating !== null)).toBe(true);
    expect(rated.find((v) => v.name === "Northwind Language Models")?.riskRating).toBe("high");

    const status = await demoStatus(db);
    expect(status).toMatchObject({
      loaded: true,
      counts,
      canLoad: false,
      cannotLoadBecause: ["the demo organization is already loaded; remove it first"],
    });
    loadedIds = { aiSystems: systems.map((s) => s.id), vendors: rated.map((v) => v.id) };
  }, 60_000);

  it("refuses a second load", async () => {
    await expect(loadDemo(db, 42, TODAY)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already loaded"),
    });
    expect(await rows(aiSystems)).toBe(plan.aiSystems.length);
  });

  it("refuses removal while a record of the organization refers to a demo record, deleting nothing", async () => {
    const [system] = await db.select().from(aiSystems).where(eq(aiSystems.name, "Fraud scoring"));
    const ctx = systemContext(db, "test");
    const own = await createRisk(ctx, {
      title: "Our own risk",
      aiSystemId: system!.id,
      inherentLikelihood: 2,
      inherentImpact: 2,
      residualLikelihood: 1,
      residualImpact: 1,
    });
    await expect(removeDemo(db)).rejects.toMatchObject({
      code: "CONFLICT",
      message: /still refer to demo records/,
    });
    expect(await rows(aiSystems)).toBe(plan.aiSystems.length);
    expect(await rows(risks)).toBe(plan.risks.length + 1);
    expect(await demoEvents("demo.removed")).toBe(0);
    expect((await demoStatus(db)).loaded).toBe(true);
    await db.delete(risks).where(eq(risks.id, own.id)); // the organization detaches its record
  }, 60_000);

  it("removes exactly the demo records, keeps a record made since, and audits once", async () => {
    const [changed] = await db.select().from(aiSystems).where(eq(aiSystems.name, "Fraud scoring"));
    await updateAiSystem(systemContext(db, "test"), changed!.id, {
      version: changed!.version,
      purpose: "Edited by a user.",
    });
    const mine = await createAiSystem(systemContext(db, "test"), { name: "Our own model" });
    const removed = await removeDemo(db);
    expect(removed.aiSystems).toBe(plan.aiSystems.length);
    for (const table of [
      risks,
      controls,
      evidence,
      vendors,
      businessUnits,
      evidenceLinks,
      vendorAiSystems,
      documents,
    ])
      expect(await rows(table)).toBe(0);
    const left = await db.select().from(aiSystems);
    expect(left.map((s) => s.id)).toEqual([mine.id]);
    expect(await db.select().from(aiSystems).where(inArray(aiSystems.id, loadedIds.aiSystems))).toEqual([]);
    expect(await demoEvents("demo.removed")).toBe(1);
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.action, "demo.removed"));
    expect(event!.after).toMatchObject({ counts: removed });
    expect(await demoEvents("ai_system.created")).toBe(plan.aiSystems.length + 1);
    // The organization's own system stays, so the demo cannot come back on top of it.
    expect(await demoStatus(db)).toMatchObject({ loaded: false, canLoad: false });
  }, 60_000);

  it("refuses to remove when nothing is loaded", async () => {
    await expect(removeDemo(db)).rejects.toMatchObject({ code: "NOT_FOUND", message: /no demo/ });
    expect(await demoEvents("demo.removed")).toBe(1);
  });
});
