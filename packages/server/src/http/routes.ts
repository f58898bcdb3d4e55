import type { FastifyInstance } from "fastify";
import type { AppOptions } from "./app.js";
import { registerHealthRoutes } from "./health.routes.js";
import { registerAuthRoutes } from "./auth.routes.js";
import { registerUserRoutes } from "./users.routes.js";
import { registerBusinessUnitRoutes } from "./business-units.routes.js";
import { registerTokenRoutes } from "./tokens.routes.js";
import { registerAuditRoutes } from "./audit.routes.js";
import { registerJobRoutes } from "./jobs.routes.js";

/** Every feature's routes; a new feature adds one line here. */
export async function registerRoutes(app: FastifyInstance, options: AppOptions): Promise<void> {
  registerHealthRoutes(app, options);
  registerAuthRoutes(app, options);
  registerUserRoutes(app, options);
  registerBusinessUnitRoutes(app, options);
  registerTokenRoutes(app, options);
  registerAuditRoutes(app, options);
  registerJobRoutes(app, options);
}
