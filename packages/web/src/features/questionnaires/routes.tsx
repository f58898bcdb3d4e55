import type { RouteObject } from "react-router";

/** PLACEHOLDER (web questionnaires helper): template list and builder under /vendors/questionnaires. */
export function questionnaireRoutes(
  _guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [];
}
