import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import {
  certificationState,
  DomainError,
  reviewState,
  vendorAttention,
  type CertificationKind,
  type Vendor,
  type VendorCriticality,
  type VendorDataCategory,
  type VendorRiskRating,
  type VendorStatus,
  type VendorSummary,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import {
  aiSystemKeyNumber,
  aiSystems,
  businessUnits,
  evidence,
  users,
  vendorAiSystems,
  vendorCampaigns,
  vendorCertifications,
  vendorContacts,
  vendors,
} from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { vendorVisibility, type VendorRow } from "./vendor-access.js";

/** Audit entries hold the whole vendor, whoever made the change. */
export const AUDIT_VIEWER: Actor = { kind: "system", label: "vendor-audit" };

export const vendorLink = (id: string) => `/vendors/list/${id}`;

export function vendorQuery(db: DbOrTx) {
  return db
    .select({ row: vendors, ownerName: users.name, unitName: businessUnits.name })
    .from(vendors)
    .leftJoin(users, eq(users.id, vendors.ownerId))
    .leftJoin(businessUnits, eq(businessUnits.id, vendors.businessUnitId))
    .$dynamic();
}
export type VendorJoined = { row: VendorRow; ownerName: string | null; unitName: string | null };

type CertDates = { kind: CertificationKind; expiresOn: string | null };

/** The fields every vendor shape shares, with its review state and attention reasons for `today`. */
function coreOf(j: VendorJoined, contactCount: number, certs: readonly CertDates[], today: string) {
  const r = j.row;
  const status = r.status as VendorStatus;
  const riskRating = r.riskRating as VendorRiskRating | null;
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    status,
    criticality: r.criticality as VendorCriticality,
    riskRating,
    lastScore: r.lastScore,
    nextReviewOn: r.nextReviewOn,
    reviewState: reviewState({ status, nextReviewOn: r.nextReviewOn }, today),
    owner: r.ownerId && j.ownerName !== null ? { id: r.ownerId, name: j.ownerName } : null,
    businessUnit: r.businessUnitId && j.unitName !== null ? { id: r.businessUnitId, name: j.unitName } : null,
    attention: vendorAttention(
      {
        status,
        criticality: r.criticality as VendorCriticality,
        riskRating,
        dataShared: r.dataShared as VendorDataCategory[],
        contractEnd: r.contractEnd,
        nextReviewOn: r.nextReviewOn,
        contactCount,
        certifications: certs,
      },
      today,
    ),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** The full vendor as `actor` may see it (evidence and AI systems of hidden units left out). */
export async function vendorView(db: DbOrTx, actor: Actor, id: string, today: string): Promise<Vendor> {
  const [j] = await vendorQuery(db).where(and(eq(vendors.id, id), vendorVisibility(actor)));
  if (!j) throw new DomainError("NOT_FOUND", `vendor ${id} not found`);
  const contacts = await db
    .select()
    .from(vendorContacts)
    .where(eq(vendorContacts.vendorId, id))
    .orderBy(desc(vendorContacts.isPrimary), asc(vendorContacts.name), asc(vendorContacts.id));
  const certs = await db
    .select({ c: vendorCertifications, evKey: evidence.key, evTitle: evidence.title })
    .from(vendorCertifications)
    .leftJoin(
      evidence,
      and(eq(evidence.id, vendorCertifications.evidenceId), unitVisibility(evidence.businessUnitId, actor)),
    )
    .where(eq(vendorCertifications.vendorId, id))
    .orderBy(
      asc(vendorCertifications.kind),
      asc(vendorCertifications.expiresOn),
      asc(vendorCertifications.id),
    );
  const systems = await db
    .select({
      id: aiSystems.id,
      key: aiSystems.key,
      name: aiSystems.name,
      component: vendorAiSystems.component,
    })
    .from(vendorAiSystems)
    .innerJoin(aiSystems, eq(aiSystems.id, vendorAiSystems.aiSystemId))
    .where(and(eq(vendorAiSystems.vendorId, id), unitVisibility(aiSystems.businessUnitId, actor)))
    .orderBy(asc(aiSystemKeyNumber), asc(aiSystems.id));
  const [campaign] = await db
    .select({
      id: vendorCampaigns.id,
      key: vendorCampaigns.key,
      status: vendorCampaigns.status,
      score: vendorCampaigns.score,
      submittedAt: vendorCampaigns.submittedAt,
      reviewedAt: vendorCampaigns.reviewedAt,
    })
    .from(vendorCampaigns)
    .where(eq(vendorCampaigns.vendorId, id))
    .orderBy(desc(vendorCampaigns.createdAt), desc(vendorCampaigns.id))
    .limit(1);
  const certDates = certs.map(({ c }) => ({ kind: c.kind as CertificationKind, expiresOn: c.expiresOn }));
  const r = j.row;
  return {
    ...coreOf(j, contacts.length, certDates, today),
    legalName: r.legalName,
    website: r.website,
    description: r.description,
    services: r.services,
    dataShared: r.dataShared as VendorDataCategory[],
    dataSharedNote: r.dataSharedNote,
    contractStart: r.contractStart,
    contractEnd: r.contractEnd,
    reviewCadenceMonths: r.reviewCadenceMonths,
    lastReviewedOn: r.lastReviewedOn,
    notes: r.notes,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      title: c.title,
      isPrimary: c.isPrimary,
    })),
    certifications: certs.map(({ c, evKey, evTitle }) => ({
      id: c.id,
      kind: c.kind as CertificationKind,
      label: c.label,
      issuer: c.issuer,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
      evidence:
        c.evidenceId && evKey !== null ? { id: c.evidenceId, key: evKey, title: evTitle ?? "" } : null,
      state: certificationState(c.expiresOn, today),
    })),
    aiSystems: systems,
    latestCampaign: campaign
      ? {
          ...campaign,
          submittedAt: campaign.submittedAt?.toISOString() ?? null,
          reviewedAt: campaign.reviewedAt?.toISOString() ?? null,
        }
      : null,
  };
}

/**
 * List rows with their counts and attention: one query per kind of detail for the whole page,
 * never one per vendor.
 */
export async function vendorSummaries(
  db: DbOrTx,
  actor: Actor,
  rows: readonly VendorJoined[],
  today: string,
): Promise<VendorSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((j) => j.row.id);
  const contactCounts = await db
    .select({ vendorId: vendorContacts.vendorId, n: count() })
    .from(vendorContacts)
    .where(inArray(vendorContacts.vendorId, ids))
    .groupBy(vendorContacts.vendorId);
  const systemCounts = await db
    .select({ vendorId: vendorAiSystems.vendorId, n: count() })
    .from(vendorAiSystems)
    .innerJoin(aiSystems, eq(aiSystems.id, vendorAiSystems.aiSystemId))
    .where(and(inArray(vendorAiSystems.vendorId, ids), unitVisibility(aiSystems.businessUnitId, actor)))
    .groupBy(vendorAiSystems.vendorId);
  const certs = await db
    .select({
      vendorId: vendorCertifications.vendorId,
      kind: vendorCertifications.kind,
      expiresOn: vendorCertifications.expiresOn,
    })
    .from(vendorCertifications)
    .where(inArray(vendorCertifications.vendorId, ids));
  const contactsOf = new Map(contactCounts.map((c) => [c.vendorId, c.n]));
  const systemsOf = new Map(systemCounts.map((c) => [c.vendorId, c.n]));
  const certsOf = new Map<string, CertDates[]>();
  for (const c of certs)
    certsOf.set(c.vendorId, [
      ...(certsOf.get(c.vendorId) ?? []),
      { kind: c.kind as CertificationKind, expiresOn: c.expiresOn },
    ]);
  return rows.map((j) => ({
    ...coreOf(j, contactsOf.get(j.row.id) ?? 0, certsOf.get(j.row.id) ?? [], today),
    contactCount: contactsOf.get(j.row.id) ?? 0,
    aiSystemCount: systemsOf.get(j.row.id) ?? 0,
  }));
}

/** Sort expressions of the list: levels by their order, keys by their number. */
const levelOrder = (col: typeof vendors.criticality | typeof vendors.riskRating) =>
  sql`(case ${col} when 'low' then 1 when 'medium' then 2 when 'high' then 3 when 'critical' then 4 end)`;
export const vendorKeyNumber = sql`(split_part(${vendors.key}, '-', 2)::int)`;
export const vendorSorts = {
  name: sql`lower(${vendors.name})`,
  key: vendorKeyNumber,
  criticality: levelOrder(vendors.criticality),
  riskRating: levelOrder(vendors.riskRating),
  nextReviewOn: sql`${vendors.nextReviewOn}`,
  lastScore: sql`${vendors.lastScore}`,
  createdAt: sql`${vendors.createdAt}`,
};
