import type { RouteObject } from "react-router";
import { AcknowledgePage } from "./acknowledge-page";
import { AcknowledgementsPage } from "./acknowledgements-page";
import { DocumentPage } from "./document-page";
import { DocumentsPage } from "./documents-page";
import { PublicationPage } from "./publication-page";

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
