import type { RouteObject } from "react-router";
import { lazyPage } from "../../components/lazy-page";
import { questionnaireRoutes } from "../questionnaires/routes";
import { campaignRoutes } from "../campaigns/routes";

const VendorsPage = lazyPage(() => import("./vendors-page"), "VendorsPage");
const VendorPage = lazyPage(() => import("./vendor-page"), "VendorPage");
const ComparePage = lazyPage(() => import("./compare-page"), "ComparePage");

/** Pages under /vendors; `guard(tabPath, page)` applies that tab's permission. */
export function vendorRoutes(
  guard: (tabPath: string, page: React.ReactNode) => React.ReactNode,
): RouteObject[] {
  return [
    { path: "list", element: guard("/vendors/list", <VendorsPage />) },
    // Server notifications about reviews and certifications link here.
    { path: "list/:id", element: guard("/vendors/list", <VendorPage />) },
    { path: "compare", element: guard("/vendors/compare", <ComparePage />) },
    ...questionnaireRoutes(guard),
    ...campaignRoutes(guard),
  ];
}
