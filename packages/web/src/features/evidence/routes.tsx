import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";

const EvidenceListPage = lazyPage(() => import("./evidence-list-page"), "EvidenceListPage");
const EvidencePage = lazyPage(() => import("./evidence-page"), "EvidencePage");

/** Pages under /controls (evidence); `guard` wraps a page in the Evidence tab's permission. */
export function evidenceRoutes(guard: (page: React.ReactNode) => React.ReactNode): RouteObject[] {
  return [
    { path: "evidence", element: guard(<EvidenceListPage />) },
    { path: "evidence/:id", element: guard(<EvidencePage />) },
  ];
}
