import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { DemoLoaded, DemoRemoved, DemoStatus, LoadDemo } from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { created, ok, read } from "./responses.js";
import { demoStatus, loadDemo, removeDemo } from "../services/demo/demo-load.js";

/**
 * The demo organization (a fictional insurer) for exploring an empty installation. Loading and
 * removing change the whole installation, so only an administrator (`users:write`) may do them.
 */
export function registerDemoRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["demo"];
  const installationLevel = { permission: "users:write" } as const;

  r.get(
    "/api/v1/demo",
    {
      schema: {
        tags,
        summary: "Whether the demo organization is loaded, what it holds, and whether it can be loaded",
        response: ok(DemoStatus),
      },
      config: read,
    },
    async () => demoStatus(db),
  );
  r.post(
    "/api/v1/demo",
    {
      schema: {
        tags,
        summary: "Load the demo organization into an empty installation (409 when loaded or not empty)",
        body: LoadDemo.nullish(), // a bare `POST` (no body) loads with the default seed
        response: created(DemoLoaded),
      },
      config: installationLevel,
    },
    async (request, reply) => {
      const { actor, requestId } = contextOf(request, db);
      const counts = await loadDemo(db, request.body?.seed, undefined, { actor, requestId });
      return reply.code(201).send({ loaded: true, counts });
    },
  );
  r.delete(
    "/api/v1/demo",
    {
      schema: {
        tags,
        summary: "Remove every record the demo created (404 when no demo is loaded)",
        response: ok(DemoRemoved),
      },
      config: installationLevel,
    },
    async (request) => {
      const { actor, requestId } = contextOf(request, db);
      return { removed: true as const, counts: await removeDemo(db, { actor, requestId }) };
    },
  );
}
