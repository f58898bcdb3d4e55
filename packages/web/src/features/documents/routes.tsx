import type { RouteObject } from "react-router";

/** Pages of the documents feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function documentRoutes(
  _guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [];
}
