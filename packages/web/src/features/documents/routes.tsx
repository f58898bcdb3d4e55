import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";

const AcknowledgePage = lazyPage(() => import("./acknowledge-page"), "AcknowledgePage");
const AcknowledgementsPage = lazyPage(() => import("./acknowledgements-page"), "AcknowledgementsPage");
const DocumentPage = lazyPage(() => import("./document-page"), "DocumentPage");
const DocumentsPage = lazyPage(() => import("./documents-page"), "DocumentsPage");
const PublicationPage = lazyPage(() => import("./publication-page"), "PublicationPage");

/** Pages of the documents feature under /governance; `guard(tabPath, page)` applies that tab's permission. */
export function documentRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  const documents = (page: React.ReactNode) => guard("/governance/documents", page);
  const acknowledgements = (page: React.ReactNode) => guard("/governance/acknowledgements", page);
  return [
    { path: "documents", element: documents(<DocumentsPage />) },
    { path: "documents/:id", element: documents(<DocumentPage />) },
    { path: "documents/:id/publications/:publicationId", element: documents(<PublicationPage />) },
    { path: "acknowledgements", element: acknowledgements(<AcknowledgementsPage />) },
    { path: "acknowledgements/:publicationId", element: acknowledgements(<AcknowledgePage />) },
  ];
}
