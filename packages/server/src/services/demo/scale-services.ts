// The few parts of the scale organization written through the ordinary services, because their
// rules are the point (a questionnaire link token exists only as its hash once sent): the starter
// documents, the built-in questionnaire sent to vendors, and AIMS roles with RACI cells.
import { addDays, utcDay } from "@openaims/core";
import type { ServiceContext } from "../context.js";
import { sendCampaign } from "../campaigns/campaigns-service.js";
import { adoptDocumentTemplate, documentTemplates } from "../documents/document-templates.js";
import { createOrgRole } from "../people/org-roles-service.js";
import { setRaciCell } from "../people/raci-service.js";
import {
  adoptBuiltin,
  listBuiltinQuestionnaires,
  publishTemplate,
} from "../questionnaires/templates-service.js";
import { addVendorContact } from "../vendors/vendor-parts-service.js";
import { createVendor } from "../vendors/vendors-service.js";
import type { ScalePlan } from "./scale-plan.js";

export type ServiceParts = {
  documents: number;
  orgRoles: number;
  raciCells: number;
  /** The first `counts.campaigns` vendors of the plan, made by createVendor. */
  campaignVendors: { id: string; contactId: string }[];
  campaigns: { id: string; token: string }[];
};

/** Where portal links point in the (unsent) invitations; only the token matters to the bench. */
const CAMPAIGN_DEPS = { baseUrl: "http://localhost:8080", mailer: null };

export async function writeServiceParts(
  ctx: ServiceContext,
  plan: ScalePlan,
  ids: { users: string[]; units: string[] },
  today: string,
): Promise<ServiceParts> {
  const userId = (i: number) => ids.users[i] ?? null;
  const unitId = (i: number | null) => (i === null ? null : ids.units[i]!);

  let documents = 0;
  for (const t of documentTemplates()) {
    await adoptDocumentTemplate(ctx, t.code, { ownerId: userId(0), businessUnitId: null });
    documents++;
  }

  let raciCells = 0;
  for (const role of plan.orgRoles) {
    const made = await createOrgRole(ctx, {
      name: role.name,
      description: role.description,
      memberIds: role.members.map((m) => userId(m)!),
    });
    for (const cell of role.raci) {
      await setRaciCell(ctx, {
        subjectType: "process",
        subjectId: cell.process,
        assigneeType: "org_role",
        assigneeId: made.id,
        responsibilities: cell.letters,
      });
      raciCells++;
    }
  }

  const builtin = listBuiltinQuestionnaires().items[0]!;
  const draft = await adoptBuiltin(ctx, builtin.slug);
  const template = await publishTemplate(ctx, draft.id, draft.version);
  // Sending checks the due date against the real clock (future, link valid at most 180 days).
  const dueOn = addDays(utcDay(), 30);
  const campaignVendors: ServiceParts["campaignVendors"] = [];
  const campaigns: ServiceParts["campaigns"] = [];
  for (const v of plan.vendors.slice(0, plan.counts.campaigns)) {
    const vendor = await createVendor(
      ctx,
      {
        name: v.name,
        legalName: `${v.name} Ltd`,
        services: v.services,
        status: v.status,
        criticality: v.criticality,
        dataShared: v.dataShared,
        ownerId: userId(v.owner),
        businessUnitId: unitId(v.unit),
        lastReviewedOn: addDays(today, -v.lastReviewedDaysAgo),
      },
      today,
    );
    const withContact = await addVendorContact(ctx, vendor.id, { ...v.contact, isPrimary: true });
    const contactId = withContact.contacts[0]!.id;
    campaignVendors.push({ id: vendor.id, contactId });
    const sent = await sendCampaign(
      ctx,
      {
        vendorId: vendor.id,
        templateId: template.id,
        contactId,
        dueOn,
        message: "Our yearly review of AI suppliers: please answer by the due date.",
      },
      CAMPAIGN_DEPS,
    );
    campaigns.push({ id: sent.campaign.id, token: sent.link.token });
  }
  return { documents, orgRoles: plan.orgRoles.length, raciCells, campaignVendors, campaigns };
}
