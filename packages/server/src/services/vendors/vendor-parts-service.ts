import { and, count, eq, ne } from "drizzle-orm";
import {
  certificationDateIssues,
  CreateVendorCertification,
  CreateVendorContact,
  DomainError,
  LinkVendorAiSystem,
  MAX_VENDOR_AI_SYSTEMS,
  MAX_VENDOR_CERTIFICATIONS,
  MAX_VENDOR_CONTACTS,
  type UpdateVendorCertification,
  type UpdateVendorContact,
  type Vendor,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import {
  evidence,
  vendorAiSystems,
  vendorCampaigns,
  vendorCertifications,
  vendorContacts,
} from "../../db/schema/index.js";
import type { Actor, ServiceContext } from "../context.js";
import { loadAiSystem } from "../ai-systems/ai-systems-service.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { changeVendor, refuse } from "./vendors-service.js";

// ---- Contacts: the people at the vendor; questionnaires go to one of them (A.10.3).

async function assertFreeEmail(tx: Tx, vendorId: string, email: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: vendorContacts.id })
    .from(vendorContacts)
    .where(
      and(
        eq(vendorContacts.vendorId, vendorId),
        eq(vendorContacts.email, email),
        exceptId ? ne(vendorContacts.id, exceptId) : undefined,
      ),
    );
  if (taken)
    throw new DomainError("ALREADY_EXISTS", `this vendor already has a contact with e-mail ${email}`);
}

/** At most one primary contact: naming a new one demotes the previous one. */
async function demoteOthers(tx: Tx, vendorId: string, keepId: string) {
  await tx
    .update(vendorContacts)
    .set({ isPrimary: false })
    .where(and(eq(vendorContacts.vendorId, vendorId), ne(vendorContacts.id, keepId)));
}

async function loadContact(tx: Tx, vendorId: string, contactId: string) {
  const [c] = await tx
    .select()
    .from(vendorContacts)
    .where(and(eq(vendorContacts.id, contactId), eq(vendorContacts.vendorId, vendorId)));
  if (!c) throw new DomainError("NOT_FOUND", `contact ${contactId} not found on this vendor`);
  return c;
}

/** Adds a contact; the vendor's first contact is its primary one unless said otherwise. */
export async function addVendorContact(ctx: ServiceContext, vendorId: string, raw: CreateVendorContact) {
  const input = CreateVendorContact.parse(raw);
  return changeVendor(ctx, vendorId, "vendor.contact_added", async (tx) => {
    await assertFreeEmail(tx, vendorId, input.email);
    const [held] = await tx
      .select({ n: count() })
      .from(vendorContacts)
      .where(eq(vendorContacts.vendorId, vendorId));
    if ((held?.n ?? 0) >= MAX_VENDOR_CONTACTS)
      refuse([
        { path: "email", message: `a vendor has at most ${MAX_VENDOR_CONTACTS} contacts; remove one first` },
      ]);
    const isPrimary = input.isPrimary ?? (held?.n ?? 0) === 0;
    const [row] = await tx
      .insert(vendorContacts)
      .values({ ...input, vendorId, isPrimary })
      .returning({ id: vendorContacts.id });
    if (isPrimary) await demoteOthers(tx, vendorId, row!.id);
    return { contactId: row!.id };
  });
}

export async function updateVendorContact(
  ctx: ServiceContext,
  vendorId: string,
  contactId: string,
  patch: UpdateVendorContact,
): Promise<Vendor> {
  return changeVendor(ctx, vendorId, "vendor.contact_updated", async (tx) => {
    await loadContact(tx, vendorId, contactId);
    if (patch.email !== undefined) await assertFreeEmail(tx, vendorId, patch.email, contactId);
    if (Object.keys(patch).length)
      await tx.update(vendorContacts).set(patch).where(eq(vendorContacts.id, contactId));
    if (patch.isPrimary) await demoteOthers(tx, vendorId, contactId);
    return { contactId };
  });
}

/** A contact a questionnaire went to stays: the campaign refers to it. */
export async function removeVendorContact(ctx: ServiceContext, vendorId: string, contactId: string) {
  return changeVendor(ctx, vendorId, "vendor.contact_removed", async (tx) => {
    const contact = await loadContact(tx, vendorId, contactId);
    const [sent] = await tx
      .select({ key: vendorCampaigns.key })
      .from(vendorCampaigns)
      .where(eq(vendorCampaigns.contactId, contactId))
      .limit(1);
    if (sent)
      throw new DomainError(
        "CONFLICT",
        `contact ${contact.email} received questionnaire ${sent.key}, which refers to them; keep the contact (you may edit it) or name another primary contact`,
      );
    await tx.delete(vendorContacts).where(eq(vendorContacts.id, contactId));
    return { contactId };
  });
}

// ---- Certifications (ISO/IEC 42001, ISO/IEC 27001, SOC 2, …) and when they lapse.

async function assertVisibleEvidence(tx: Tx, actor: Actor, id: string | null | undefined) {
  if (!id) return;
  const [found] = await tx
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(eq(evidence.id, id), unitVisibility(evidence.businessUnitId, actor)));
  refuse(found ? [] : [{ path: "evidenceId", message: `unknown evidence ${id}` }]);
}

async function loadCertification(tx: Tx, vendorId: string, certificationId: string) {
  const [c] = await tx
    .select()
    .from(vendorCertifications)
    .where(and(eq(vendorCertifications.id, certificationId), eq(vendorCertifications.vendorId, vendorId)));
  if (!c) throw new DomainError("NOT_FOUND", `certification ${certificationId} not found on this vendor`);
  return c;
}

export async function addVendorCertification(
  ctx: ServiceContext,
  vendorId: string,
  raw: CreateVendorCertification,
): Promise<Vendor> {
  const input = CreateVendorCertification.parse(raw);
  refuse(certificationDateIssues(input));
  return changeVendor(ctx, vendorId, "vendor.certification_added", async (tx) => {
    await assertVisibleEvidence(tx, ctx.actor, input.evidenceId);
    const [held] = await tx
      .select({ n: count() })
      .from(vendorCertifications)
      .where(eq(vendorCertifications.vendorId, vendorId));
    if ((held?.n ?? 0) >= MAX_VENDOR_CERTIFICATIONS)
      refuse([
        {
          path: "kind",
          message: `a vendor has at most ${MAX_VENDOR_CERTIFICATIONS} certifications; remove an old one first`,
        },
      ]);
    const [row] = await tx
      .insert(vendorCertifications)
      .values({ ...input, vendorId })
      .returning({ id: vendorCertifications.id });
    return { certificationId: row!.id };
  });
}

export async function updateVendorCertification(
  ctx: ServiceContext,
  vendorId: string,
  certificationId: string,
  patch: UpdateVendorCertification,
): Promise<Vendor> {
  return changeVendor(ctx, vendorId, "vendor.certification_updated", async (tx) => {
    const current = await loadCertification(tx, vendorId, certificationId);
    refuse(certificationDateIssues({ ...current, ...patch }));
    if (patch.evidenceId !== undefined) await assertVisibleEvidence(tx, ctx.actor, patch.evidenceId);
    // A new expiry date re-arms its reminder: the reminder remembers the date it was sent for.
    if (Object.keys(patch).length)
      await tx.update(vendorCertifications).set(patch).where(eq(vendorCertifications.id, certificationId));
    return { certificationId };
  });
}

export async function removeVendorCertification(
  ctx: ServiceContext,
  vendorId: string,
  certificationId: string,
): Promise<Vendor> {
  return changeVendor(ctx, vendorId, "vendor.certification_removed", async (tx) => {
    await loadCertification(tx, vendorId, certificationId);
    await tx.delete(vendorCertifications).where(eq(vendorCertifications.id, certificationId));
    return { certificationId };
  });
}

// ---- The AI systems a vendor supplies (ISO/IEC 42001 A.10.3), with what it supplies to each.

export async function linkVendorAiSystem(
  ctx: ServiceContext,
  vendorId: string,
  aiSystemId: string,
  raw: LinkVendorAiSystem,
): Promise<Vendor> {
  const { component } = LinkVendorAiSystem.parse(raw);
  return changeVendor(ctx, vendorId, "vendor.ai_system_linked", async (tx) => {
    const system = await loadAiSystem(tx, ctx.actor, aiSystemId);
    const [held] = await tx
      .select({ n: count() })
      .from(vendorAiSystems)
      .where(and(eq(vendorAiSystems.vendorId, vendorId), ne(vendorAiSystems.aiSystemId, aiSystemId)));
    if ((held?.n ?? 0) >= MAX_VENDOR_AI_SYSTEMS)
      refuse([
        {
          path: "aiSystemId",
          message: `a vendor supplies at most ${MAX_VENDOR_AI_SYSTEMS} AI systems here; unlink one first`,
        },
      ]);
    await tx
      .insert(vendorAiSystems)
      .values({ vendorId, aiSystemId, component })
      .onConflictDoUpdate({
        target: [vendorAiSystems.vendorId, vendorAiSystems.aiSystemId],
        set: { component },
      });
    return { aiSystemKey: system.key };
  });
}

export async function unlinkVendorAiSystem(
  ctx: ServiceContext,
  vendorId: string,
  aiSystemId: string,
): Promise<Vendor> {
  return changeVendor(ctx, vendorId, "vendor.ai_system_unlinked", async (tx) => {
    const system = await loadAiSystem(tx, ctx.actor, aiSystemId);
    const removed = await tx
      .delete(vendorAiSystems)
      .where(and(eq(vendorAiSystems.vendorId, vendorId), eq(vendorAiSystems.aiSystemId, aiSystemId)))
      .returning({ id: vendorAiSystems.aiSystemId });
    if (removed.length === 0)
      throw new DomainError("NOT_FOUND", `AI system ${system.key} is not linked to this vendor`);
    return { aiSystemKey: system.key };
  });
}
