import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  AcceptCampaign,
  AskFollowUps,
  CampaignCompareQuery,
  CampaignComparison,
  CampaignCreated,
  CampaignDetail,
  CampaignFileParams,
  CampaignListQuery,
  CampaignPage,
  CampaignScores,
  CampaignVersion,
  CreateCampaign,
  ExtendCampaign,
  IdParams,
} from "@openaims/core";
import { publicBaseUrl } from "../config.js";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, errorResponses, ok, read, write } from "./responses.js";
import {
  extendCampaign,
  getCampaign,
  listCampaigns,
  reissueCampaignLink,
  revokeCampaign,
  sendCampaign,
  type CampaignDeps,
} from "../services/campaigns/campaigns-service.js";
import {
  acceptCampaign,
  askFollowUps,
  createCampaignRisk,
  scoreCampaign,
} from "../services/campaigns/campaign-review.js";
import { compareVendors } from "../services/campaigns/campaign-compare.js";
import { readCampaignFile } from "../services/campaigns/campaign-files.js";
import { mailerOf } from "../services/campaigns/mailer.js";
import { attachmentDisposition } from "../services/evidence/evidence-download.js";

/**
 * Questionnaire campaigns (ISO/IEC 42001 A.10.3): send a questionnaire to a vendor contact as a link,
 * follow it, score the answers, ask follow-up questions and accept. Readers see campaigns through
 * their vendor's business unit; writers send, revoke, extend and reissue; approvers review.
 */
export async function registerCampaignRoutes(
  app: FastifyInstance,
  { database, config }: RouteDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["vendor campaigns"];
  const mailer = mailerOf(config);
  // Read when a link is made: the port listened on is known only once the server has started.
  const deps: CampaignDeps = {
    get baseUrl() {
      const address = app.server.address();
      return publicBaseUrl(config, typeof address === "object" && address ? address.port : undefined);
    },
    mailer,
  };
  const base = "/api/v1/vendor-campaigns";

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "Questionnaires sent to vendors: filter by vendor, template, status, link state; search",
        querystring: CampaignListQuery,
        response: ok(CampaignPage),
      },
      config: read,
    },
    async (request) => listCampaigns(contextOf(request, db), request.query),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary:
          "Send a published questionnaire to a contact of the vendor; the link (with its token) is in this answer only",
        body: CreateCampaign,
        response: created(CampaignCreated),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await sendCampaign(contextOf(request, db), request.body, deps)),
  );
  r.get(
    `${base}/compare`,
    {
      schema: {
        tags,
        summary: "Vendors side by side: the latest reviewed questionnaire of each, with scores per section",
        querystring: CampaignCompareQuery,
        response: ok(CampaignComparison),
      },
      config: read,
    },
    async (request) => compareVendors(contextOf(request, db), request.query.vendorIds),
  );
  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: "Read a campaign: answers, files, follow-ups, scores, messages",
        params: IdParams,
        response: ok(CampaignDetail),
      },
      config: read,
    },
    async (request) => getCampaign(contextOf(request, db), request.params.id),
  );
  r.get(
    `${base}/:id/files/:fileId`,
    {
      schema: {
        tags,
        summary: "Download a file the vendor uploaded (always as an attachment, never rendered)",
        params: CampaignFileParams,
        response: errorResponses,
      },
      config: read,
    },
    async (request, reply) => {
      const file = await readCampaignFile(contextOf(request, db), request.params.id, request.params.fileId);
      return (reply as FastifyReply)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .type(file.contentType)
        .send(file.bytes);
    },
  );
  r.post(
    `${base}/:id/revoke`,
    {
      schema: {
        tags,
        summary: "Revoke the link at once (before the review)",
        params: IdParams,
        body: CampaignVersion,
        response: ok(CampaignDetail),
      },
      config: write,
    },
    async (request) => revokeCampaign(contextOf(request, db), request.params.id, request.body.version),
  );
  r.post(
    `${base}/:id/extend`,
    {
      schema: {
        tags,
        summary: "Move the link's end and/or the due date",
        params: IdParams,
        body: ExtendCampaign,
        response: ok(CampaignDetail),
      },
      config: write,
    },
    async (request) => extendCampaign(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    `${base}/:id/reissue-link`,
    {
      schema: {
        tags,
        summary:
          "A new link for a lost or leaked one: the old link stops working; the new one is in this answer only",
        params: IdParams,
        body: CampaignVersion,
        response: ok(CampaignCreated),
      },
      config: write,
    },
    async (request) =>
      reissueCampaignLink(contextOf(request, db), request.params.id, request.body.version, deps),
  );
  r.put(
    `${base}/:id/scores`,
    {
      schema: {
        tags,
        summary:
          "Score answers of a submitted questionnaire (question id → 0 to 1); replaces the previous scores",
        params: IdParams,
        body: CampaignScores,
        response: ok(CampaignDetail),
      },
      config: approve,
    },
    async (request) => scoreCampaign(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    `${base}/:id/follow-ups`,
    {
      schema: {
        tags,
        summary: "Ask follow-up questions: the link reopens for them and for the answers they name",
        params: IdParams,
        body: AskFollowUps,
        response: ok(CampaignDetail),
      },
      config: approve,
    },
    async (request) => askFollowUps(contextOf(request, db), request.params.id, request.body, deps),
  );
  r.post(
    `${base}/:id/accept`,
    {
      schema: {
        tags,
        summary:
          "Accept a submitted questionnaire: rate the vendor, keep answers and files as evidence, optionally start a risk",
        params: IdParams,
        body: AcceptCampaign,
        response: ok(CampaignDetail),
      },
      config: approve,
    },
    async (request) =>
      acceptCampaign(contextOf(request, db), request.params.id, request.body, config.AIMS_EVIDENCE_MAX_BYTES),
  );
  r.post(
    `${base}/:id/risk`,
    {
      schema: {
        tags,
        summary: "Start the register risk of a reviewed questionnaire (once)",
        params: IdParams,
        body: CampaignVersion,
        response: created(CampaignDetail),
      },
      config: approve,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createCampaignRisk(contextOf(request, db), request.params.id, request.body.version)),
  );
}
