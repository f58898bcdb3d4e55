import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";

const CompetencePage = lazyPage(() => import("./competence-page"), "CompetencePage");
const RaciPage = lazyPage(() => import("./raci-page"), "RaciPage");

/** Pages of the people feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function peopleRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [
    { path: "raci", element: guard("/governance/raci", <RaciPage />) },
    { path: "competence", element: guard("/governance/competence", <CompetencePage />) },
  ];
}
