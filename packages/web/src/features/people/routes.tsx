import type { RouteObject } from "react-router";

/** Pages of the people feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function peopleRoutes(
  _guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [];
}
