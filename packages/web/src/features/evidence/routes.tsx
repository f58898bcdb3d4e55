import type { RouteObject } from "react-router";
import { EvidenceListPage } from "./evidence-list-page";
import { EvidencePage } from "./evidence-page";

/** Pages under /controls (evidence); `guard` wraps a page in the Evidence tab's permission. */
export function evidenceRoutes(guard: (page: React.ReactNode) => React.ReactNode): RouteObject[] {
  return [
    { path: "evidence", element: guard(<EvidenceListPage />) },
    { path: "evidence/:id", element: guard(<EvidencePage />) },
  ];
}
