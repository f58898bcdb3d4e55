import { and, asc, count, desc, eq, ilike, or, sql } from "drizzle-orm";
import {
  assertFutureDueDate,
  CAMPAIGN_STATUSES,
  checkExtension,
  CreateCampaign,
  DomainError,
  linkExpiryFor,
  nextCampaignStatus,
  type CampaignCreated,
  type CampaignDetail,
  type CampaignListQuery,
  type CampaignPage,
  type CampaignStatus,
  type ExtendCampaign,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { aimsProfile, vendorCampaigns, vendorContacts, vendors } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import { loadSendableTemplate } from "../questionnaires/template-access.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { loadVisibleVendor } from "../vendors/vendor-access.js";
import { campaignDetail } from "./campaign-detail.js";
import { invitationMessage } from "./campaign-messages.js";
import {
  campaignQuery,
  campaignVisibility,
  linkStateFilter,
  loadCampaign,
  summariesOf,
  type CampaignRecord,
} from "./campaign-view.js";
import { hashLinkToken, newLinkToken, portalUrl } from "./link-token.js";
import type { Mailer } from "./mailer.js";
import { deliverMessages, queueMessage, type QueuedMessage } from "./outbox.js";

/** What sending needs beyond the database: where links point and how e-mail goes out. */
export type CampaignDeps = { baseUrl: string; mailer: Mailer | null };

/** How the organization names itself to vendors: the AIMS profile's name, else "OpenAIMS". */
export async function organizationName(db: DbOrTx): Promise<string> {
  const [row] = await db.select({ name: aimsProfile.organizationName }).from(aimsProfile).limit(1);
  return row?.name.trim() || "OpenAIMS";
}

const statusOrder = sql`(case ${vendorCampaigns.status} ${sql.raw(
  CAMPAIGN_STATUSES.map((s, i) => `when '${s}' then ${i}`).join(" "),
)} end)`;
const sortOf = {
  createdAt: vendorCampaigns.createdAt,
  dueOn: vendorCampaigns.dueOn,
  score: vendorCampaigns.score,
  status: statusOrder,
};

/** A page of the campaigns the actor may see (through the vendor's business unit). */
export async function listCampaigns(
  ctx: ServiceContext,
  q: CampaignListQuery,
  now = new Date(),
): Promise<CampaignPage> {
  const where = and(
    campaignVisibility(ctx.actor),
    q.vendorId ? eq(vendorCampaigns.vendorId, q.vendorId) : undefined,
    q.templateId ? eq(vendorCampaigns.templateId, q.templateId) : undefined,
    q.status ? eq(vendorCampaigns.status, q.status) : undefined,
    q.linkState ? linkStateFilter(q.linkState, now) : undefined,
    q.q
      ? or(
          ilike(vendorCampaigns.key, likePattern(q.q)),
          ilike(vendors.name, likePattern(q.q)),
          ilike(vendorCampaigns.contactName, likePattern(q.q)),
          ilike(vendorCampaigns.contactEmail, likePattern(q.q)),
        )
      : undefined,
  );
  const direction = q.order === "desc" ? desc : asc;
  const sortKey =
    q.sort === "score"
      ? sql`${sortOf.score} ${sql.raw(q.order === "desc" ? "desc" : "asc")} nulls last`
      : direction(sortOf[q.sort]);
  const rows = await campaignQuery(ctx.db)
    .where(where)
    .orderBy(sortKey, desc(vendorCampaigns.createdAt), asc(vendorCampaigns.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(vendorCampaigns)
    .innerJoin(vendors, eq(vendors.id, vendorCampaigns.vendorId))
    .where(where);
  return { items: await summariesOf(ctx.db, rows, now), total: total?.n ?? 0 };
}

export async function getCampaign(ctx: ServiceContext, id: string): Promise<CampaignDetail> {
  return campaignDetail(ctx.db, await loadCampaign(ctx.db, ctx.actor, id));
}

/** A campaign's state for the audit trail (never the token or its hash). */
export async function auditView(tx: Tx, rec: CampaignRecord) {
  const { content: _c, messages: _m, ...rest } = await campaignDetail(tx, rec);
  return rest;
}

async function loadForChange(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  version: number,
): Promise<CampaignRecord> {
  const rec = await loadCampaign(tx, ctx.actor, id, true);
  assertMayWriteUnit(ctx.actor, rec.vendor.businessUnitId);
  assertVersion(rec.row, version, `questionnaire ${rec.row.key}`);
  return rec;
}

/** Facts the messages to the contact quote. */
export async function messageFacts(tx: DbOrTx, rec: CampaignRecord, linkExpiresAt = rec.row.linkExpiresAt) {
  return {
    organizationName: await organizationName(tx),
    contactName: rec.row.contactName,
    vendorName: rec.vendor.name,
    templateName: rec.template.name,
    key: rec.row.key,
    dueOn: rec.row.dueOn,
    linkExpiresAt,
  };
}

/**
 * Sends a published questionnaire to a contact of the vendor (ISO/IEC 42001 A.10.3): the template's
 * content is frozen into the campaign, a link token is made and only its SHA-256 kept, and the
 * invitation goes to the outbox without the link (e-mailed with it when SMTP is configured). The
 * token is returned once.
 */
export async function sendCampaign(
  ctx: ServiceContext,
  raw: CreateCampaign,
  deps: CampaignDeps,
  now = new Date(),
): Promise<CampaignCreated> {
  const input = CreateCampaign.parse(raw);
  assertFutureDueDate(input.dueOn, now);
  const linkExpiresAt = linkExpiryFor({ dueOn: input.dueOn, linkValidDays: input.linkValidDays, now });
  const token = newLinkToken();
  const { detail, queued } = await ctx.db.transaction(async (tx) => {
    const vendor = await loadVisibleVendor(tx, ctx.actor, input.vendorId);
    assertMayWriteUnit(ctx.actor, vendor.businessUnitId);
    if (vendor.status === "offboarded")
      throw new DomainError(
        "CONFLICT",
        `vendor ${vendor.key} is offboarded; questionnaires go to current vendors`,
      );
    const [contact] = await tx
      .select()
      .from(vendorContacts)
      .where(and(eq(vendorContacts.id, input.contactId), eq(vendorContacts.vendorId, vendor.id)));
    if (!contact)
      throw new DomainError("VALIDATION_FAILED", `contactId: not a contact of vendor ${vendor.key}`, {
        issues: [{ path: "contactId", message: `must be a contact of vendor ${vendor.key}` }],
      });
    const template = await loadSendableTemplate(tx, input.templateId);
    const key = await nextKey(tx, "vendorCampaign");
    const [row] = await tx
      .insert(vendorCampaigns)
      .values({
        key,
        vendorId: vendor.id,
        templateId: template.id,
        templateVersion: template.version,
        content: template.content,
        contactId: contact.id,
        contactName: contact.name,
        contactEmail: contact.email,
        status: "sent",
        dueOn: input.dueOn,
        linkExpiresAt,
        tokenHash: hashLinkToken(token),
        sentById: actorId(ctx.actor),
        message: input.message,
      })
      .returning({ id: vendorCampaigns.id });
    const rec = await loadCampaign(tx, ctx.actor, row!.id);
    const text = invitationMessage(await messageFacts(tx, rec), input.message);
    const message = await queueMessage(tx, deps.mailer, {
      campaignId: rec.row.id,
      kind: "invitation",
      to: contact.email,
      ...text,
      link: portalUrl(deps.baseUrl, token),
    });
    await recordAudit(tx, ctx, {
      action: "vendor_campaign.sent",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      after: await auditView(tx, rec),
    });
    return { detail: rec, queued: [message] };
  });
  await deliverMessages(ctx.db, deps.mailer, queued);
  return {
    campaign: await campaignDetail(ctx.db, await loadCampaign(ctx.db, ctx.actor, detail.row.id)),
    link: { url: portalUrl(deps.baseUrl, token), token, expiresAt: linkExpiresAt.toISOString() },
  };
}

/** Changes a campaign in a transaction with its audit entry; `change` returns the columns to set. */
export async function changeCampaign(
  ctx: ServiceContext,
  id: string,
  version: number,
  action: string,
  change: (tx: Tx, rec: CampaignRecord) => Promise<Partial<typeof vendorCampaigns.$inferInsert>>,
): Promise<CampaignRecord> {
  return ctx.db.transaction(async (tx) => {
    const rec = await loadForChange(tx, ctx, id, version);
    const before = await auditView(tx, rec);
    const set = await change(tx, rec);
    await tx
      .update(vendorCampaigns)
      .set({ ...set, version: rec.row.version + 1, updatedAt: new Date() })
      .where(eq(vendorCampaigns.id, id));
    const after = await loadCampaign(tx, ctx.actor, id);
    await recordAudit(tx, ctx, {
      action,
      entityType: "vendor_campaign",
      entityId: id,
      before,
      after: await auditView(tx, after),
    });
    return after;
  });
}

/** Revokes the link at once (any time before the review): the vendor can no longer open it. */
export async function revokeCampaign(
  ctx: ServiceContext,
  id: string,
  version: number,
): Promise<CampaignDetail> {
  const rec = await changeCampaign(ctx, id, version, "vendor_campaign.revoked", async (_tx, r) => ({
    status: nextCampaignStatus(r.row.status as CampaignStatus, "revoke"),
    revokedAt: new Date(),
  }));
  return campaignDetail(ctx.db, rec);
}

/** Moves the link's end and/or the due date; a campaign that is closed or revoked stays so. */
export async function extendCampaign(
  ctx: ServiceContext,
  id: string,
  input: ExtendCampaign,
  now = new Date(),
): Promise<CampaignDetail> {
  const rec = await changeCampaign(ctx, id, input.version, "vendor_campaign.extended", async (_tx, r) => {
    if (r.row.status === "reviewed" || r.row.status === "revoked")
      throw new DomainError(
        "CONFLICT",
        `questionnaire ${r.row.key} is ${r.row.status}; send a new one instead`,
      );
    const dueOn = input.dueOn ?? r.row.dueOn;
    const linkExpiresAt = input.linkExpiresAt ? new Date(input.linkExpiresAt) : r.row.linkExpiresAt;
    if (input.dueOn !== undefined && input.dueOn !== r.row.dueOn) assertFutureDueDate(input.dueOn, now);
    checkExtension({ linkExpiresAt, dueOn }, now);
    // A new due date earns a new reminder.
    return { dueOn, linkExpiresAt, ...(dueOn !== r.row.dueOn ? { reminderSentFor: null } : {}) };
  });
  return campaignDetail(ctx.db, rec);
}

/**
 * A new link for the same questionnaire (a lost or leaked link): the old token stops working at once
 * and the new one is returned once; the invitation goes out again with it.
 */
export async function reissueCampaignLink(
  ctx: ServiceContext,
  id: string,
  version: number,
  deps: CampaignDeps,
): Promise<CampaignCreated> {
  const token = newLinkToken();
  const queued: QueuedMessage[] = [];
  const rec = await changeCampaign(ctx, id, version, "vendor_campaign.link_reissued", async (tx, r) => {
    if (r.row.status === "reviewed" || r.row.status === "revoked")
      throw new DomainError(
        "CONFLICT",
        `questionnaire ${r.row.key} is ${r.row.status}; send a new one instead`,
      );
    if (r.row.linkExpiresAt.getTime() <= Date.now())
      throw new DomainError(
        "CONFLICT",
        `the link of ${r.row.key} ended on ${r.row.linkExpiresAt.toISOString().slice(0, 10)}; extend it first`,
      );
    const text = invitationMessage(await messageFacts(tx, r), r.row.message);
    queued.push(
      await queueMessage(tx, deps.mailer, {
        campaignId: r.row.id,
        kind: "invitation",
        to: r.row.contactEmail,
        ...text,
        link: portalUrl(deps.baseUrl, token),
      }),
    );
    return { tokenHash: hashLinkToken(token) };
  });
  await deliverMessages(ctx.db, deps.mailer, queued);
  return {
    campaign: await campaignDetail(ctx.db, await loadCampaign(ctx.db, ctx.actor, rec.row.id)),
    link: { url: portalUrl(deps.baseUrl, token), token, expiresAt: rec.row.linkExpiresAt.toISOString() },
  };
}
