import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** AIMS context, interested parties, objectives and scope (ISO/IEC 42001 4.1–4.3, 6.2). */
export function registerContextRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
