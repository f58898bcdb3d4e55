import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError, PORTAL_LINK_HEADER } from "@openaims/core";
import type { AimsDb } from "../db/client.js";
import type { ServiceContext } from "../services/context.js";
import {
  authenticateVendorLink,
  INVALID_LINK_MESSAGE,
  portalContext,
  type VendorLink,
} from "../services/portal/portal-auth.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The one campaign a vendor-link request may touch; null on every other route. */
    vendorLink: VendorLink | null;
  }
}

/**
 * The vendor portal's authentication (ISO/IEC 42001 A.10.3): on `vendor-link` routes only the link
 * token in the `x-vendor-link` header counts; session cookies and bearer tokens are ignored, so a
 * user credential never opens the portal and a link token never opens anything else. It runs as a
 * preParsing hook, after the routes' own onRequest hooks, so the portal's rate limit counts every
 * attempt, refused ones included.
 */
export function installVendorLinkAuth(app: FastifyInstance, db: AimsDb): void {
  app.decorateRequest("vendorLink", null);
  app.addHook("preParsing", async (request, reply) => {
    if (request.routeOptions.config?.permission !== "vendor-link") return;
    // The credential is a custom header, which shared caches do not treat like Authorization: say
    // outright that no answer may be stored, or a proxy could hand one vendor's questionnaire to another.
    reply.header("cache-control", "no-store");
    reply.header("vary", PORTAL_LINK_HEADER);
    const header = request.headers[PORTAL_LINK_HEADER];
    request.vendorLink = await authenticateVendorLink(
      db,
      typeof header === "string" ? header : undefined,
      request.id,
    );
  });
}

/** The link and the service context of a portal request (the actor is the link itself). */
export function portalOf(request: FastifyRequest, db: AimsDb): { link: VendorLink; ctx: ServiceContext } {
  const link = request.vendorLink;
  if (!link) throw new DomainError("UNAUTHENTICATED", INVALID_LINK_MESSAGE);
  return { link, ctx: portalContext(db, link, request.id) };
}
