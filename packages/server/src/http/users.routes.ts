import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CreateUser, IdParams, pageOf, UpdateUser, User, UserListQuery } from "@openaims/core";
import type { AppOptions } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import { createUser, getUser, listUsers, updateUser } from "../services/users/users-service.js";

export function registerUserRoutes(app: FastifyInstance, { database }: AppOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["users"];

  r.get(
    "/api/v1/users",
    {
      schema: {
        tags,
        summary: "List users",
        querystring: UserListQuery,
        response: { 200: pageOf(User), ...errorResponses },
      },
      config: { permission: "users:read" },
    },
    async (request) => listUsers(db, request.query),
  );
  r.post(
    "/api/v1/users",
    {
      schema: {
        tags,
        summary: "Create a user",
        body: CreateUser,
        response: { 201: User, ...errorResponses },
      },
      config: { permission: "users:write" },
    },
    async (request, reply) => reply.code(201).send(await createUser(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/users/:id",
    {
      schema: { tags, summary: "Read a user", params: IdParams, response: { 200: User, ...errorResponses } },
      config: { permission: "users:read" },
    },
    async (request) => getUser(db, request.params.id),
  );
  r.patch(
    "/api/v1/users/:id",
    {
      schema: {
        tags,
        summary: "Change name, role, business units or active state (send the version you read)",
        params: IdParams,
        body: UpdateUser,
        response: { 200: User, ...errorResponses },
      },
      config: { permission: "users:write" },
    },
    async (request) => updateUser(contextOf(request, db), request.params.id, request.body),
  );
}
