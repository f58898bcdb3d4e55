import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Health } from "@openaims/core";
import type { AppOptions } from "./app.js";

export function registerHealthRoutes(app: FastifyInstance, { database, version }: AppOptions): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      schema: { tags: ["system"], summary: "Liveness and database check", response: { 200: Health } },
      config: { permission: "public" },
    },
    async () => {
      await database.query("SELECT 1");
      return { status: "ok" as const, database: database.kind, version };
    },
  );
}
