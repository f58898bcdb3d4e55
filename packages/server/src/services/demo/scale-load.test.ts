import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import {
  AiSystemListQuery,
  RiskListQuery,
  riskLevel,
  RiskMatrixDefinition,
  VendorListQuery,
} from "@openaims/core";
import type { Database } from "../../db/client.js";
import {
  aiSystems,
  auditEvents,
  businessUnits,
  controls,
  evidence,
  evidenceFiles,
  riskMatrices,
  risks,
  users,
  vendors,
} from "../../db/schema/index.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { verifyAuditChain } from "../audit/audit-queries.js";
import { createAiSystem, listAiSystems } from "../ai-systems/ai-systems-service.js";
import { getCampaign } from "../campaigns/campaigns-service.js";
import { CatalogCache } from "../catalogs/catalog-cache.js";
import { loadBuiltinCatalogs } from "../catalogs/builtin-catalogs.js";
import { systemContext } from "../context.js";
import { coverageSummary } from "../coverage/coverage-service.js";
import { createRisk, listRisks, riskHeatMap } from "../risks/risks-service.js";
import { getSoa } from "../soa/soa-service.js";
import { authenticateVendorLink } from "../portal/portal-auth.js";
import { listVendors } from "../vendors/vendors-service.js";
import { verifyPassword } from "../auth/password.js";
import { loadScaleOrganization, SCALE_USER_PASSWORD, type ScaleResult } from "./scale-load.js";
import { scaleCounts, scalePlan } from "./scale-plan.js";

const TODAY = "2030-03-01";
const SCALE = 0.01;
let database: Database;
let db: Database["db"];
let result: ScaleResult;

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  await loadBuiltinCatalogs(db);
  result = await loadScaleOrganization(database, { scale: SCALE, seed: 7, today: TODAY });
}, 120_000);
afterAll(async () => database?.close());

const rows = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;

describe("scale plan", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(scalePlan(7, SCALE)).toEqual(scalePlan(7, SCALE));
    expect(JSON.stringify(scalePlan(7, SCALE).risks)).not.toEqual(JSON.stringify(scalePlan(8, SCALE).risks));
  });

  it("scales every table, rounding to at least one row", () => {
    expect(scaleCounts(1)).toMatchObject({ aiSystems: 1_000, risks: 10_000, auditEvents: 100_000 });
    expect(scaleCounts(10).controls).toBe(3_000);
    expect(Object.values(scaleCounts(0.001)).every((n) => n >= 1)).toBe(true);
    const plan = scalePlan(7, 0.2);
    expect(plan.aiSystems).toHaveLength(200);
    expect(plan.aiSystems.filter((s) => s.profile === plan.profiles.length - 1)).toHaveLength(1);
    for (const r of plan.risks) {
      expect(r.residual[0]).toBeLessThanOrEqual(r.inherent[0]);
      expect(r.system).toBeLessThan(plan.aiSystems.length);
    }
  });
});

describe("scale organization", () => {
  const plan = scalePlan(7, SCALE);

  it("writes the planned rows and reports them", async () => {
    const counts = plan.counts;
    expect(result.counts).toMatchObject({
      businessUnits: counts.businessUnits,
      users: counts.users,
      aiSystems: counts.aiSystems,
      controls: counts.controls,
      risks: counts.risks,
      evidence: counts.evidence,
      vendors: counts.vendors,
      campaigns: counts.campaigns,
    });
    expect(await rows(businessUnits)).toBe(counts.businessUnits);
    expect(await rows(users)).toBe(counts.users);
    expect(await rows(aiSystems)).toBe(counts.aiSystems);
    expect(await rows(controls)).toBe(counts.controls);
    expect(await rows(risks)).toBe(counts.risks);
    expect(await rows(evidence)).toBe(counts.evidence);
    expect(await rows(evidenceFiles)).toBe(result.counts.evidenceFiles);
    expect(await rows(vendors)).toBe(counts.vendors);
    expect(result.counts.documents).toBeGreaterThan(0);
    const [user] = await db.select().from(users).where(eq(users.email, result.refs.adminEmail));
    expect(user!.role).toBe("admin");
    expect(await verifyPassword(SCALE_USER_PASSWORD, user!.passwordHash)).toBe(true);
  });

  it("keeps one intact audit chain of at least the target length", async () => {
    const verification = await verifyAuditChain(db);
    expect(verification).toMatchObject({ intact: true, firstBroken: null });
    expect(await rows(auditEvents)).toBe(result.counts.auditEvents);
    expect(result.counts.auditEvents).toBeGreaterThanOrEqual(plan.counts.auditEvents);
    const [created] = await db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, "risk.created"));
    expect(created!.n).toBe(plan.counts.risks);
  });

  it("stores risk levels as core computes them on the criteria in force", async () => {
    const [matrix] = await db.select().from(riskMatrices);
    const definition = RiskMatrixDefinition.parse(matrix!.definition);
    for (const r of await db.select().from(risks)) {
      expect(r.matrixVersion).toBe(matrix!.version);
      expect(r.inherentLevel).toBe(riskLevel(definition, r.inherentLikelihood, r.inherentImpact).index);
      expect(r.residualLevel).toBe(riskLevel(definition, r.residualLikelihood, r.residualImpact).index);
      if (r.status === "accepted")
        expect(riskLevel(definition, r.residualLikelihood, r.residualImpact).appetite).toBe("acceptable");
    }
  });

  it("serves the ordinary read services", async () => {
    const ctx = systemContext(db, "test");
    const systems = await listAiSystems(ctx, AiSystemListQuery.parse({ limit: 5 }));
    expect(systems.total).toBe(plan.counts.aiSystems);
    expect(systems.items[0]!.key).toMatch(/^AIS-\d+$/);
    expect((await listRisks(ctx, RiskListQuery.parse({ limit: 5 }))).total).toBe(plan.counts.risks);
    expect((await riskHeatMap(ctx, { kind: "residual" })).total).toBeGreaterThan(0);
    expect((await listVendors(ctx, VendorListQuery.parse({ limit: 5 }), TODAY)).total).toBe(
      plan.counts.vendors,
    );
    const campaign = await getCampaign(ctx, result.refs.campaignId);
    expect(campaign.status).toBe("sent");
    const link = await authenticateVendorLink(db, result.refs.portalToken, null);
    expect(link.campaignId).toBe(result.refs.campaignId);
    const [file] = await db
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.evidenceId, result.refs.evidenceFileId));
    expect(file!.content.length).toBeGreaterThan(0);
    const summary = await coverageSummary(db, new CatalogCache(db), { today: TODAY });
    expect(summary.frameworks.some((f) => f.frameworkRef === result.refs.frameworkRef)).toBe(true);
    expect((await getSoa(ctx, {}, { today: TODAY })).total).toBeGreaterThan(0);
  });

  it("leaves key counters so normal creates get fresh keys", async () => {
    const ctx = systemContext(db, "test");
    const system = await createAiSystem(ctx, { name: "Created after the load" });
    expect(system.key).toBe(`AIS-${plan.counts.aiSystems + 1}`);
    const risk = await createRisk(ctx, {
      title: "Risk created after the load",
      aiSystemId: system.id,
      inherentLikelihood: 3,
      inherentImpact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
    });
    expect(risk.key).toBe(`RSK-${plan.counts.risks + 1}`);
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });

  it("refuses a second load", async () => {
    await expect(loadScaleOrganization(database, { scale: SCALE, today: TODAY })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(loadScaleOrganization(database, { scale: 0 })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });
});
