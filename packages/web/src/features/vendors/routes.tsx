import type { RouteObject } from "react-router";
import { questionnaireRoutes } from "../questionnaires/routes";
import { campaignRoutes } from "../campaigns/routes";

/** Pages under /vendors; `guard(tabPath, page)` applies that tab's permission. */
export function vendorRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [...questionnaireRoutes(guard), ...campaignRoutes(guard)];
}
