import type { RouteObject } from "react-router";

/** PLACEHOLDER (web vendors helper): pages under /vendors; `guard(tabPath, page)` applies that tab's permission. */
export function vendorRoutes(
  _guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [];
}
