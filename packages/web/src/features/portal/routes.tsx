import type { RouteObject } from "react-router";

/** PLACEHOLDER (web portal helper): the public /portal page (no sign-in; the link token is in the URL fragment). */
export function portalRoutes(): RouteObject[] {
  return [];
}
