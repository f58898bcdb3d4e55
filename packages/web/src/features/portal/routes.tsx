import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";
import { RouteError } from "../shell/route-error";

const PortalPage = lazyPage(() => import("./portal-page"), "PortalPage");

/** The public /portal page (no sign-in; the link token is in the URL fragment), outside the app shell. */
export function portalRoutes(): RouteObject[] {
  return [{ path: "/portal", element: <PortalPage />, errorElement: <RouteError /> }];
}
