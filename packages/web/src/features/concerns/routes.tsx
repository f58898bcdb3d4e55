import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";

const ConcernPage = lazyPage(() => import("./concern-page"), "ConcernPage");
const ConcernsPage = lazyPage(() => import("./concerns-page"), "ConcernsPage");

/** Pages of the concerns feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function concernRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [
    { path: "concerns", element: guard("/governance/concerns", <ConcernsPage />) },
    { path: "concerns/:id", element: guard("/governance/concerns", <ConcernPage />) },
  ];
}
