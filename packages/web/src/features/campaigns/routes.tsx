import type { RouteObject } from "react-router";

/** PLACEHOLDER (web campaigns helper): sent questionnaires under /vendors/campaigns. */
export function campaignRoutes(
  _guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [];
}
