import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";

const TemplatesPage = lazyPage(() => import("./templates-page"), "TemplatesPage");
const TemplatePage = lazyPage(() => import("./template-page"), "TemplatePage");

/** Questionnaire templates under /vendors; `guard(tabPath, page)` applies the tab's permission. */
export function questionnaireRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  const tab = (page: React.ReactNode) => guard("/vendors/questionnaires", page);
  return [
    { path: "questionnaires", element: tab(<TemplatesPage />) },
    { path: "questionnaires/:id", element: tab(<TemplatePage />) },
  ];
}
