import type { RouteObject } from "react-router";
import { ConcernPage } from "./concern-page";
import { ConcernsPage } from "./concerns-page";

/** Pages of the concerns feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function concernRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [
    { path: "concerns", element: guard("/governance/concerns", <ConcernsPage />) },
    { path: "concerns/:id", element: guard("/governance/concerns", <ConcernPage />) },
  ];
}
