import type { RouteObject } from "react-router";

/** Pages under /controls (evidence); `guard` wraps a page in the Evidence tab's permission. */
export function evidenceRoutes(_guard: (page: React.ReactNode) => React.ReactNode): RouteObject[] {
  return [];
}
