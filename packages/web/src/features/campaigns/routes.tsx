import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";

const CampaignsPage = lazyPage(() => import("./campaigns-page"), "CampaignsPage");
const CampaignPage = lazyPage(() => import("./campaign-page"), "CampaignPage");

/** Sent questionnaires under /vendors; `guard(tabPath, page)` applies that tab's permission. */
export function campaignRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [
    { path: "campaigns", element: guard("/vendors/campaigns", <CampaignsPage />) },
    { path: "campaigns/:id", element: guard("/vendors/campaigns", <CampaignPage />) },
  ];
}
