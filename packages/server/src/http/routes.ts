import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";
import { registerHealthRoutes } from "./health.routes.js";
import { registerAuthRoutes } from "./auth.routes.js";
import { registerUserRoutes } from "./users.routes.js";
import { registerBusinessUnitRoutes } from "./business-units.routes.js";
import { registerTokenRoutes } from "./tokens.routes.js";
import { registerAuditRoutes } from "./audit.routes.js";
import { registerJobRoutes } from "./jobs.routes.js";
import { registerFrameworkRoutes } from "./frameworks.routes.js";
import { registerControlRoutes } from "./controls.routes.js";
import { registerCoverageRoutes } from "./coverage.routes.js";
import { registerCatalogRoutes } from "./catalogs.routes.js";
import { registerAiSystemRoutes } from "./ai-systems.routes.js";
import { registerIntakeRoutes } from "./intake.routes.js";
import { registerContextRoutes } from "./context.routes.js";
import { registerObjectiveRoutes } from "./objectives.routes.js";
import { registerScopeRoutes } from "./scope.routes.js";
import { registerRiskRoutes } from "./risks.routes.js";
import { registerImpactAssessmentsRoutes } from "./impact-assessments.routes.js";
import { registerSoaRoutes } from "./soa.routes.js";
import { registerExportsRoutes } from "./exports.routes.js";

/** Every feature's routes; a new feature adds one line here. */
export async function registerRoutes(app: FastifyInstance, options: RouteDeps): Promise<void> {
  registerHealthRoutes(app, options);
  registerAuthRoutes(app, options);
  registerUserRoutes(app, options);
  registerBusinessUnitRoutes(app, options);
  registerTokenRoutes(app, options);
  registerAuditRoutes(app, options);
  registerJobRoutes(app, options);
  registerFrameworkRoutes(app, options);
  registerControlRoutes(app, options);
  registerCoverageRoutes(app, options);
  registerCatalogRoutes(app, options);
  registerAiSystemRoutes(app, options);
  registerIntakeRoutes(app, options);
  registerContextRoutes(app, options);
  registerObjectiveRoutes(app, options);
  registerScopeRoutes(app, options);
  registerRiskRoutes(app, options);
  registerImpactAssessmentsRoutes(app, options);
  registerSoaRoutes(app, options);
  registerExportsRoutes(app, options);
}
