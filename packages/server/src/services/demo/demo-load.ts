// Writes the demo plan through the ordinary services (so every record is valid and audited) and
// takes it out again. What the demo made is remembered in the `demo.records` setting, so removal
// deletes exactly those rows and never touches the organization's own data.
import { count, eq, inArray, or, sql } from "drizzle-orm";
import {
  addDays,
  DEMO_RECORD_KINDS,
  DomainError,
  utcDay,
  type DemoCounts,
  type DemoRecordKind,
  type DemoStatus,
} from "@openaims/core";
import type { AimsDb, Tx } from "../../db/client.js";
import {
  aiSystemClassifications,
  aiSystems,
  businessUnits,
  controlRequirements,
  controls,
  documentLinks,
  documentRevisions,
  documents,
  evidence,
  evidenceFiles,
  evidenceLinks,
  riskActions,
  risks,
  riskTreatmentLinks,
  settings,
  vendorAiSystems,
  vendorCertifications,
  vendorContacts,
  vendorRiskRatings,
  vendors,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { createAiSystem } from "../ai-systems/ai-systems-service.js";
import { createBusinessUnit } from "../business-units/business-units-service.js";
import { systemContext, type Actor, type ServiceContext } from "../context.js";
import { adoptTemplates } from "../controls/control-templates.js";
import { updateControl } from "../controls/controls-service.js";
import { adoptDocumentTemplate } from "../documents/document-templates.js";
import { createLinkEvidence } from "../evidence/evidence-create.js";
import { createRisk } from "../risks/risks-service.js";
import { linkVendorAiSystem } from "../vendors/vendor-parts-service.js";
import { applyVendorRating } from "../vendors/vendor-rating.js";
import { createVendor } from "../vendors/vendors-service.js";
import { demoPlan } from "./demo-plan.js";

export const DEMO_SETTING = "demo.records";
export const DEMO_TABLES = DEMO_RECORD_KINDS;
export type DemoTable = DemoRecordKind;
export type { DemoCounts, DemoStatus };
type DemoRecords = { loadedAt: string; records: Record<DemoTable, string[]> };

/**
 * Who asked for a load or removal through the API: the `demo.loaded`/`demo.removed` audit entry
 * names them (ISO/IEC 42001 7.5.3, control of documented information); the records themselves
 * stay `system:demo`'s. The CLI passes nothing and the entry is `system:demo`'s too.
 */
export type DemoRequester = { actor: Actor; requestId: string | null };

const countsOf = (records: Record<DemoTable, string[]>): DemoCounts =>
  Object.fromEntries(DEMO_TABLES.map((t) => [t, records[t]?.length ?? 0])) as DemoCounts;

async function readRecords(db: AimsDb | Tx, lock = false): Promise<DemoRecords | null> {
  const query = db.select().from(settings).where(eq(settings.key, DEMO_SETTING));
  const [row] = lock ? await query.for("update") : await query;
  return row ? (row.value as DemoRecords) : null;
}

/** Whether the demo is loaded, what it holds, and whether a load would be accepted now. */
export async function demoStatus(db: AimsDb): Promise<DemoStatus> {
  const saved = await readRecords(db);
  const cannotLoadBecause = await reasonsNotToLoad(db, saved);
  const loadability = { canLoad: cannotLoadBecause.length === 0, cannotLoadBecause };
  return saved
    ? { loaded: true, loadedAt: saved.loadedAt, counts: countsOf(saved.records), ...loadability }
    : { loaded: false, ...loadability };
}

/** Records of the organization's own: the demo never mixes with them. */
async function ownRecordCounts(tx: AimsDb | Tx) {
  const [[a], [r], [v], [c]] = await Promise.all([
    tx.select({ n: count() }).from(aiSystems),
    tx.select({ n: count() }).from(risks),
    tx.select({ n: count() }).from(vendors),
    tx.select({ n: count() }).from(controls),
  ]);
  return { "AI system(s)": a!.n, "risk(s)": r!.n, "vendor(s)": v!.n, "control(s)": c!.n };
}

/** Why a load would be refused now (none: it would be accepted). */
async function reasonsNotToLoad(db: AimsDb | Tx, saved: DemoRecords | null): Promise<string[]> {
  if (saved) return ["the demo organization is already loaded; remove it first"];
  const own = Object.entries(await ownRecordCounts(db)).filter(([, n]) => n > 0);
  if (!own.length) return [];
  return [
    `the demo loads only into an empty installation; this one already holds ${own
      .map(([t, n]) => `${n} ${t}`)
      .join(", ")}`,
  ];
}

/** Loading and removing take turns, so two at once cannot both pass the "not loaded yet" check. */
async function lockDemo(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('openaims.demo'))`);
}

/**
 * Fills an empty installation with the demo organization in one transaction (the services nest
 * as savepoints), so a failure leaves nothing behind.
 */
export async function loadDemo(
  db: AimsDb,
  seed = 42,
  today = utcDay(),
  requester: DemoRequester | null = null,
): Promise<DemoCounts> {
  const plan = demoPlan(seed, "demo");
  return db.transaction(async (tx) => {
    await lockDemo(tx);
    const [refusal] = await reasonsNotToLoad(tx, await readRecords(tx, true));
    if (refusal) throw new DomainError("CONFLICT", refusal);
    const ctx: ServiceContext = systemContext(tx as unknown as AimsDb, "demo");
    const made: Record<DemoTable, string[]> = {
      businessUnits: [],
      aiSystems: [],
      controls: [],
      risks: [],
      evidence: [],
      vendors: [],
      documents: [],
    };

    const unitId = new Map<string, string>();
    for (const u of plan.businessUnits) {
      const unit = await createBusinessUnit(ctx, { name: u.name, description: u.description });
      unitId.set(u.ref, unit.id);
      made.businessUnits.push(unit.id);
    }

    const systemId = new Map<string, string>();
    for (const s of plan.aiSystems) {
      const { ref, unit, ...fields } = s;
      const system = await createAiSystem(ctx, { ...fields, businessUnitId: unitId.get(unit)! });
      systemId.set(ref, system.id);
      made.aiSystems.push(system.id);
    }

    const adopted = await adoptTemplates(
      ctx,
      plan.controls.map((c) => c.template),
    );
    const controlId = new Map<string, string>();
    for (const control of adopted.adopted) {
      const wanted = plan.controls.find((c) => c.template === control.code)!;
      const updated = await updateControl(ctx, control.id, {
        version: control.version,
        implementationStatus: wanted.implementationStatus,
        effectiveness: wanted.effectiveness,
      });
      controlId.set(control.code, updated.id);
      made.controls.push(updated.id);
    }

    for (const r of plan.risks) {
      const system = plan.aiSystems.find((s) => s.ref === r.system)!;
      const risk = await createRisk(ctx, {
        title: r.title,
        description: r.description,
        aiSystemId: systemId.get(r.system)!,
        businessUnitId: unitId.get(system.unit)!,
        inherentLikelihood: r.inherent[0],
        inherentImpact: r.inherent[1],
        residualLikelihood: r.residual[0],
        residualImpact: r.residual[1],
        treatment: "mitigate",
        treatmentControls: r.controls.flatMap((code) => controlId.get(code) ?? []),
      });
      made.risks.push(risk.id);
    }

    for (const e of plan.evidence) {
      const item = await createLinkEvidence(
        ctx,
        {
          title: e.title,
          url: e.url,
          validUntil: e.validForDays === null ? null : addDays(today, e.validForDays),
          source: "demo",
          links: e.controls.flatMap((code) => {
            const id = controlId.get(code);
            return id ? [{ targetType: "control" as const, targetId: id }] : [];
          }),
        },
        today,
      );
      made.evidence.push(item.id);
    }

    for (const v of plan.vendors) {
      const vendor = await createVendor(
        ctx,
        {
          name: v.name,
          services: v.services,
          status: "active",
          criticality: v.criticality,
          dataShared: v.dataShared,
        },
        today,
      );
      for (const link of v.systems)
        await linkVendorAiSystem(ctx, vendor.id, systemId.get(link.system)!, { component: link.component });
      await applyVendorRating(tx, ctx, vendor.id, {
        rating: v.rating,
        score: null,
        reason: v.ratingReason,
        source: "manual",
        campaignId: null,
      });
      made.vendors.push(vendor.id);
    }

    // Starter documents the organization already adopted stay its own; the demo adopts the rest.
    const adoptedDocs = new Set(
      (await tx.select({ code: documents.templateCode }).from(documents)).map((d) => d.code),
    );
    for (const code of plan.documents.filter((c) => !adoptedDocs.has(c))) {
      const doc = await adoptDocumentTemplate(ctx, code, { businessUnitId: null });
      made.documents.push(doc.id);
    }

    const value: DemoRecords = { loadedAt: new Date().toISOString(), records: made };
    await tx.insert(settings).values({ key: DEMO_SETTING, value });
    await recordAudit(
      tx,
      { ...ctx, ...requester },
      {
        action: "demo.loaded",
        entityType: "demo",
        entityId: null,
        after: { seed, counts: countsOf(made) },
      },
    );
    return countsOf(made);
  });
}

/** True when the database refused because another row still refers to one being deleted. */
function isForeignKeyViolation(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === "object"; c = (c as { cause?: unknown }).cause)
    if ((c as { code?: unknown }).code === "23503") return true;
  return false;
}

/**
 * Deletes exactly the records the demo made (and their link rows) in foreign-key order, in one
 * transaction; records changed since go too. The audit trail keeps every earlier entry.
 */
export async function removeDemo(db: AimsDb, requester: DemoRequester | null = null): Promise<DemoCounts> {
  try {
    return await db.transaction(async (tx) => {
      await lockDemo(tx);
      const saved = await readRecords(tx, true);
      if (!saved)
        throw new DomainError("NOT_FOUND", "no demo organization is loaded; there is nothing to remove");
      const ids = saved.records;
      const none = "00000000-0000-0000-0000-000000000000";
      const list = (t: DemoTable) => (ids[t]?.length ? ids[t] : [none]);
      const targets = [...list("controls"), ...list("risks"), ...list("aiSystems"), ...list("vendors")];

      await tx
        .delete(vendorAiSystems)
        .where(
          or(
            inArray(vendorAiSystems.vendorId, list("vendors")),
            inArray(vendorAiSystems.aiSystemId, list("aiSystems")),
          ),
        );
      await tx.delete(vendorRiskRatings).where(inArray(vendorRiskRatings.vendorId, list("vendors")));
      await tx.delete(vendorContacts).where(inArray(vendorContacts.vendorId, list("vendors")));
      await tx.delete(vendorCertifications).where(inArray(vendorCertifications.vendorId, list("vendors")));
      await tx.delete(vendors).where(inArray(vendors.id, list("vendors")));

      await tx
        .delete(evidenceLinks)
        .where(
          or(inArray(evidenceLinks.evidenceId, list("evidence")), inArray(evidenceLinks.targetId, targets)),
        );
      await tx.delete(evidenceFiles).where(inArray(evidenceFiles.evidenceId, list("evidence")));
      await tx.delete(evidence).where(inArray(evidence.id, list("evidence")));

      await tx
        .delete(documentLinks)
        .where(
          or(
            inArray(documentLinks.documentId, list("documents")),
            inArray(documentLinks.targetId, list("controls")),
          ),
        );
      await tx.delete(documentRevisions).where(inArray(documentRevisions.documentId, list("documents")));
      await tx.delete(documents).where(inArray(documents.id, list("documents")));

      await tx.delete(riskTreatmentLinks).where(
        or(
          inArray(riskTreatmentLinks.riskId, list("risks")),
          inArray(
            riskTreatmentLinks.target,
            list("controls").map((id) => `control:${id}`),
          ),
        ),
      );
      await tx.delete(riskActions).where(inArray(riskActions.riskId, list("risks")));
      await tx.delete(risks).where(inArray(risks.id, list("risks")));

      await tx.delete(controlRequirements).where(inArray(controlRequirements.controlId, list("controls")));
      await tx.delete(controls).where(inArray(controls.id, list("controls")));

      await tx
        .delete(aiSystemClassifications)
        .where(inArray(aiSystemClassifications.aiSystemId, list("aiSystems")));
      await tx.delete(aiSystems).where(inArray(aiSystems.id, list("aiSystems")));
      await tx.delete(businessUnits).where(inArray(businessUnits.id, list("businessUnits")));

      const counts = countsOf(ids);
      await recordAudit(
        tx,
        { ...systemContext(db, "demo"), ...requester },
        {
          action: "demo.removed",
          entityType: "demo",
          entityId: null,
          after: { loadedAt: saved.loadedAt, counts },
        },
      );
      await tx.delete(settings).where(eq(settings.key, DEMO_SETTING));
      return counts;
    });
  } catch (e) {
    if (isForeignKeyViolation(e))
      throw new DomainError(
        "CONFLICT",
        "records added since the demo was loaded still refer to demo records (e.g. a risk on a demo AI system or a user in a demo business unit); detach or delete them first",
      );
    throw e;
  }
}
