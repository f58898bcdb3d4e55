import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ApiToken, CreatedToken, CreateToken, IdParams, pageOf, PageQuery } from "@openaims/core";
import type { AppOptions } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import { createToken, listTokens, revokeToken } from "../services/tokens/tokens-service.js";

/** Personal API tokens: each user manages their own. */
export function registerTokenRoutes(app: FastifyInstance, { database }: AppOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["tokens"];

  r.get(
    "/api/v1/tokens",
    {
      schema: {
        tags,
        summary: "List your API tokens",
        querystring: PageQuery.omit({ order: true }),
        response: { 200: pageOf(ApiToken), ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request) => listTokens(db, request.auth!.actor.userId, request.query),
  );
  r.post(
    "/api/v1/tokens",
    {
      schema: {
        tags,
        summary: "Create an API token (the secret is shown once)",
        body: CreateToken,
        response: { 201: CreatedToken, ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createToken(contextOf(request, db), request.auth!.actor.userId, request.body)),
  );
  r.delete(
    "/api/v1/tokens/:id",
    {
      schema: {
        tags,
        summary: "Revoke one of your API tokens",
        params: IdParams,
        response: { 204: z.null(), ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request, reply) => {
      await revokeToken(contextOf(request, db), request.auth!.actor.userId, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
