import type { RouteObject } from "react-router";

/** Pages of the concerns feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function concernRoutes(
  _guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [];
}
