import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DecisionRequest,
  IdParams,
  InboxItem,
  IntakeListQuery,
  IntakeRequestView,
  pageOf,
  SubmitIntake,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import {
  decideIntake,
  getIntake,
  listIntakes,
  submitIntake,
  withdrawIntake,
} from "../services/intake/intake-service.js";
import { inboxOf, markNotificationRead } from "../services/approvals/inbox.js";

/** Intake of new AI use cases and the approval inbox. */
export function registerIntakeRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["intake"];

  r.get(
    "/api/v1/intake-requests",
    {
      schema: {
        tags,
        summary: "Intake requests (mine=true for your own)",
        querystring: IntakeListQuery,
        response: { 200: pageOf(IntakeRequestView), ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => listIntakes(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/intake-requests",
    {
      schema: {
        tags,
        summary: "Submit a new AI use case (classified at once, then triaged)",
        body: SubmitIntake,
        response: { 201: IntakeRequestView, ...errorResponses },
      },
      config: { permission: "intake:submit" },
    },
    async (request, reply) => reply.code(201).send(await submitIntake(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/intake-requests/:id",
    {
      schema: {
        tags,
        summary: "An intake request with its approval steps",
        params: IdParams,
        response: { 200: IntakeRequestView, ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => getIntake(contextOf(request, db), request.params.id),
  );
  r.post(
    "/api/v1/intake-requests/:id/decision",
    {
      schema: {
        tags,
        summary:
          "Approve or reject the current step (a reason is required to reject; never your own request)",
        params: IdParams,
        body: DecisionRequest,
        response: { 200: IntakeRequestView, ...errorResponses },
      },
      config: { permission: "records:approve" },
    },
    async (request) =>
      decideIntake(contextOf(request, db), request.params.id, request.body.decision, request.body.comment),
  );
  r.post(
    "/api/v1/intake-requests/:id/withdraw",
    {
      schema: {
        tags,
        summary: "Withdraw your own request",
        params: IdParams,
        response: { 200: IntakeRequestView, ...errorResponses },
      },
      config: { permission: "intake:submit" },
    },
    async (request) => withdrawIntake(contextOf(request, db), request.params.id),
  );
  r.get(
    "/api/v1/inbox",
    {
      schema: {
        tags,
        summary: "What waits for me: approvals to decide and reminders",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({ items: z.array(InboxItem), total: z.number().int() }),
          ...errorResponses,
        },
      },
      config: { permission: "authenticated" },
    },
    async (request) => inboxOf(db, request.auth!.actor, request.query.limit),
  );
  r.post(
    "/api/v1/inbox/notifications/:id/read",
    {
      schema: {
        tags,
        summary: "Mark a reminder as read",
        params: IdParams,
        response: { 204: z.null(), ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request, reply) => {
      await markNotificationRead(db, request.auth!.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
