import { eq } from "drizzle-orm";
import { DomainError, linkOpens, linkStateOf, type CampaignStatus } from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { vendorCampaigns } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { hashLinkToken, LINK_TOKEN_PATTERN } from "../campaigns/link-token.js";

/**
 * What a valid link grants: this one campaign, nothing else. `tokenHash` is the hash the request
 * presented, checked again under the row lock (a link reissued meanwhile must not still write); it
 * never goes into a response, an audit entry or a log line.
 */
export type VendorLink = { campaignId: string; key: string; tokenHash: string };

/**
 * One message for every refused link (missing, unknown, expired, revoked, closed), so the answer
 * tells a guesser nothing about which tokens exist.
 */
export const INVALID_LINK_MESSAGE =
  "this questionnaire link is no longer valid; ask your contact for a new one";

const refused = () => new DomainError("UNAUTHENTICATED", INVALID_LINK_MESSAGE);

/** The actor of a portal request in the audit trail: the link, not a person we know. */
export function portalContext(db: AimsDb, link: VendorLink, requestId: string | null): ServiceContext {
  return { db, actor: { kind: "system", label: `vendor-link:${link.key}` }, requestId };
}

/**
 * Resolves a link token to its campaign by the token's SHA-256. A token of a campaign whose link no
 * longer opens is refused like an unknown one, and the attempt is audited on that campaign (a
 * leaked old link shows up in its trail).
 */
export async function authenticateVendorLink(
  db: AimsDb,
  token: string | undefined,
  requestId: string | null,
  now = new Date(),
): Promise<VendorLink> {
  if (!token || !LINK_TOKEN_PATTERN.test(token)) throw refused();
  const tokenHash = hashLinkToken(token);
  const [row] = await db
    .select({
      id: vendorCampaigns.id,
      key: vendorCampaigns.key,
      status: vendorCampaigns.status,
      linkExpiresAt: vendorCampaigns.linkExpiresAt,
    })
    .from(vendorCampaigns)
    .where(eq(vendorCampaigns.tokenHash, tokenHash));
  if (!row) throw refused();
  const link = { campaignId: row.id, key: row.key, tokenHash };
  const state = linkStateOf({ status: row.status as CampaignStatus, linkExpiresAt: row.linkExpiresAt }, now);
  if (!linkOpens(state)) {
    await db.transaction((tx) =>
      recordAudit(tx, portalContext(db, link, requestId), {
        action: "vendor_portal.refused",
        entityType: "vendor_campaign",
        entityId: row.id,
        after: { key: row.key, linkState: state },
      }),
    );
    throw refused();
  }
  return link;
}

/**
 * A portal request the service refused (bad input, wrong state): its transaction rolled back, so
 * the refusal is audited apart, keeping every access through a valid link in the trail.
 */
export async function auditRejectedPortalRequest(
  ctx: ServiceContext,
  link: VendorLink,
  request: { method: string; path: string; status: number; code: string | null },
): Promise<void> {
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: "vendor_portal.rejected",
      entityType: "vendor_campaign",
      entityId: link.campaignId,
      after: { key: link.key, ...request },
    }),
  );
}
