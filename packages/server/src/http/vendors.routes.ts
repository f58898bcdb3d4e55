import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateVendor,
  CreateVendorCertification,
  CreateVendorContact,
  DeleteVendorQuery,
  IdParams,
  LinkVendorAiSystem,
  RatingHistoryPage,
  RatingHistoryQuery,
  ReviewVendor,
  SetVendorRating,
  UpdateVendor,
  UpdateVendorCertification,
  UpdateVendorContact,
  Vendor,
  VendorAiSystemParams,
  VendorCertificationParams,
  VendorContactParams,
  VendorListQuery,
  VendorPage,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, errorResponses, ok, read, write } from "./responses.js";
import {
  createVendor,
  deleteVendor,
  getVendor,
  listVendors,
  updateVendor,
} from "../services/vendors/vendors-service.js";
import {
  addVendorCertification,
  addVendorContact,
  linkVendorAiSystem,
  removeVendorCertification,
  removeVendorContact,
  unlinkVendorAiSystem,
  updateVendorCertification,
  updateVendorContact,
} from "../services/vendors/vendor-parts-service.js";
import { reviewVendor, setVendorRating, vendorRatingHistory } from "../services/vendors/vendor-review.js";

/**
 * The vendor register (ISO/IEC 42001 A.10.2, A.10.3): who supplies AI components and services, what
 * they receive, how they are rated and when they are reviewed. Changes of the parts of a vendor
 * answer with the whole vendor, so a client needs no second read.
 */
export async function registerVendorRoutes(app: FastifyInstance, { database }: RouteDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["vendors"];
  const base = "/api/v1/vendors";

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "List vendors with their rating, next review and what needs attention",
        querystring: VendorListQuery,
        response: ok(VendorPage),
      },
      config: read,
    },
    async (request) => listVendors(contextOf(request, db), request.query),
  );
  r.post(
    base,
    {
      schema: { tags, summary: "Register a vendor", body: CreateVendor, response: created(Vendor) },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await createVendor(contextOf(request, db), request.body)),
  );
  r.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary:
          "Read a vendor: contacts, certifications, AI systems, rating, review and latest questionnaire",
        params: IdParams,
        response: ok(Vendor),
      },
      config: read,
    },
    async (request) => getVendor(contextOf(request, db), request.params.id),
  );
  r.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: "Change a vendor (send the version you read)",
        params: IdParams,
        body: UpdateVendor,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) => updateVendor(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: "Delete a vendor registered by mistake (refused once it has a history: offboard it instead)",
        params: IdParams,
        querystring: DeleteVendorQuery,
        response: { 204: z.null(), ...errorResponses },
      },
      config: write,
    },
    async (request, reply) => {
      await deleteVendor(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );

  r.post(
    `${base}/:id/contacts`,
    {
      schema: {
        tags,
        summary: "Add a contact person (the first one becomes the primary contact)",
        params: IdParams,
        body: CreateVendorContact,
        response: created(Vendor),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await addVendorContact(contextOf(request, db), request.params.id, request.body)),
  );
  r.patch(
    `${base}/:id/contacts/:contactId`,
    {
      schema: {
        tags,
        summary: "Change a contact; making it primary demotes the previous primary contact",
        params: VendorContactParams,
        body: UpdateVendorContact,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) =>
      updateVendorContact(contextOf(request, db), request.params.id, request.params.contactId, request.body),
  );
  r.delete(
    `${base}/:id/contacts/:contactId`,
    {
      schema: {
        tags,
        summary: "Remove a contact (refused when a questionnaire was sent to them)",
        params: VendorContactParams,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) =>
      removeVendorContact(contextOf(request, db), request.params.id, request.params.contactId),
  );

  r.post(
    `${base}/:id/certifications`,
    {
      schema: {
        tags,
        summary: "Record a certification the vendor holds, optionally with the certificate as evidence",
        params: IdParams,
        body: CreateVendorCertification,
        response: created(Vendor),
      },
      config: write,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addVendorCertification(contextOf(request, db), request.params.id, request.body)),
  );
  r.patch(
    `${base}/:id/certifications/:certificationId`,
    {
      schema: {
        tags,
        summary: "Change a certification (a new expiry date re-arms its reminder)",
        params: VendorCertificationParams,
        body: UpdateVendorCertification,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) =>
      updateVendorCertification(
        contextOf(request, db),
        request.params.id,
        request.params.certificationId,
        request.body,
      ),
  );
  r.delete(
    `${base}/:id/certifications/:certificationId`,
    {
      schema: {
        tags,
        summary: "Remove a certification",
        params: VendorCertificationParams,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) =>
      removeVendorCertification(contextOf(request, db), request.params.id, request.params.certificationId),
  );

  r.put(
    `${base}/:id/ai-systems/:aiSystemId`,
    {
      schema: {
        tags,
        summary: "Link an AI system the vendor supplies, with what it supplies (model, data, API, hosting…)",
        params: VendorAiSystemParams,
        body: LinkVendorAiSystem,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) =>
      linkVendorAiSystem(contextOf(request, db), request.params.id, request.params.aiSystemId, request.body),
  );
  r.delete(
    `${base}/:id/ai-systems/:aiSystemId`,
    {
      schema: {
        tags,
        summary: "Unlink an AI system from the vendor",
        params: VendorAiSystemParams,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) =>
      unlinkVendorAiSystem(contextOf(request, db), request.params.id, request.params.aiSystemId),
  );

  r.post(
    `${base}/:id/rating`,
    {
      schema: {
        tags,
        summary: "Set the vendor's risk rating by hand, with the reason (kept in the rating history)",
        params: IdParams,
        body: SetVendorRating,
        response: ok(Vendor),
      },
      config: approve,
    },
    async (request) => setVendorRating(contextOf(request, db), request.params.id, request.body),
  );
  r.get(
    `${base}/:id/rating-history`,
    {
      schema: {
        tags,
        summary: "Every risk rating the vendor was given, newest first",
        params: IdParams,
        querystring: RatingHistoryQuery,
        response: ok(RatingHistoryPage),
      },
      config: read,
    },
    async (request) => vendorRatingHistory(contextOf(request, db), request.params.id, request.query),
  );
  r.post(
    `${base}/:id/review`,
    {
      schema: {
        tags,
        summary: "Record that the periodic review was done today; the next one falls a cadence later",
        params: IdParams,
        body: ReviewVendor,
        response: ok(Vendor),
      },
      config: write,
    },
    async (request) => reviewVendor(contextOf(request, db), request.params.id, request.body),
  );
}
