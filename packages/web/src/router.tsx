import { createBrowserRouter, Navigate } from "react-router";
import { AccountPage } from "./features/auth/account-page";
import { LoginPage } from "./features/auth/login-page";
import { RequireAuth } from "./features/auth/require-auth";
import { SetupPage } from "./features/auth/setup-page";
import { AuditTrailPage } from "./features/audit/audit-trail-page";
import { InternalAuditsPage } from "./features/audit/internal-audits-page";
import { BusinessUnitsPage } from "./features/business-units/business-units-page";
import { ControlPage } from "./features/controls/control-page";
import { ControlsPage } from "./features/controls/controls-page";
import { StarterLibraryPage } from "./features/controls/starter-library-page";
import { CoverageOverviewPage } from "./features/coverage/coverage-overview-page";
import { FrameworkCoveragePage } from "./features/coverage/framework-coverage-page";
import { CrosswalkExplorerPage } from "./features/crosswalks/crosswalk-explorer-page";
import { FrameworkPage } from "./features/frameworks/framework-page";
import { FrameworksPage } from "./features/frameworks/frameworks-page";
import { RequirementPage } from "./features/frameworks/requirement-page";
import { AppLayout } from "./features/shell/app-layout";
import { AreaPage } from "./features/shell/area-page";
import { DashboardPage } from "./features/shell/dashboard-page";
import {
  AUDITS_TABS,
  CONTROLS_TABS,
  FRAMEWORKS_TABS,
  SETTINGS_TABS,
  type TabItem,
} from "./features/shell/nav-items";
import { NotFoundPage } from "./features/shell/not-found-page";
import { RequirePermission, SectionLayout } from "./features/shell/section-layout";
import { RouteError } from "./features/shell/route-error";
import { UsersPage } from "./features/users/users-page";

const UNBUILT_AREAS = [
  "/context",
  "/inventory",
  "/risks",
  "/assessments",
  "/vendors",
  "/monitoring",
  "/reports",
];

function tab(tabs: readonly TabItem[], path: string): TabItem {
  const found = tabs.find((t) => t.path === path);
  if (!found) throw new Error(`no tab at ${path}`);
  return found;
}

/** A sub-page shown only to those who hold its tab's permission. */
function guarded(tabs: readonly TabItem[], path: string, page: React.ReactNode) {
  return <RequirePermission tab={tab(tabs, path)}>{page}</RequirePermission>;
}

/** Every page of the SPA; the server answers index.html for each of these paths. */
export const router = createBrowserRouter([
  { path: "/setup", element: <SetupPage />, errorElement: <RouteError /> },
  { path: "/login", element: <LoginPage />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...UNBUILT_AREAS.map((path) => ({ path, element: <AreaPage path={path} /> })),
          {
            path: "/frameworks",
            element: <SectionLayout path="/frameworks" tabs={FRAMEWORKS_TABS} />,
            children: [
              {
                path: "catalogs",
                element: guarded(FRAMEWORKS_TABS, "/frameworks/catalogs", <FrameworksPage />),
              },
              {
                path: "catalogs/:ref",
                element: guarded(FRAMEWORKS_TABS, "/frameworks/catalogs", <FrameworkPage />),
              },
              {
                path: "catalogs/:ref/requirements/:requirementId",
                element: guarded(FRAMEWORKS_TABS, "/frameworks/catalogs", <RequirementPage />),
              },
              {
                path: "crosswalks",
                element: guarded(FRAMEWORKS_TABS, "/frameworks/crosswalks", <CrosswalkExplorerPage />),
              },
              {
                path: "coverage",
                element: guarded(FRAMEWORKS_TABS, "/frameworks/coverage", <CoverageOverviewPage />),
              },
              {
                path: "coverage/:ref",
                element: guarded(FRAMEWORKS_TABS, "/frameworks/coverage", <FrameworkCoveragePage />),
              },
            ],
          },
          {
            path: "/controls",
            element: <SectionLayout path="/controls" tabs={CONTROLS_TABS} />,
            children: [
              { path: "library", element: guarded(CONTROLS_TABS, "/controls/library", <ControlsPage />) },
              { path: "library/:id", element: guarded(CONTROLS_TABS, "/controls/library", <ControlPage />) },
              {
                path: "starter",
                element: guarded(CONTROLS_TABS, "/controls/starter", <StarterLibraryPage />),
              },
            ],
          },
          {
            path: "/audits",
            element: <SectionLayout path="/audits" tabs={AUDITS_TABS} />,
            children: [
              {
                path: "trail",
                element: (
                  <RequirePermission tab={tab(AUDITS_TABS, "/audits/trail")}>
                    <AuditTrailPage />
                  </RequirePermission>
                ),
              },
              { path: "internal", element: <InternalAuditsPage /> },
            ],
          },
          {
            path: "/settings",
            element: <SectionLayout path="/settings" tabs={SETTINGS_TABS} />,
            children: [
              {
                path: "users",
                element: (
                  <RequirePermission tab={tab(SETTINGS_TABS, "/settings/users")}>
                    <UsersPage />
                  </RequirePermission>
                ),
              },
              {
                path: "business-units",
                element: (
                  <RequirePermission tab={tab(SETTINGS_TABS, "/settings/business-units")}>
                    <BusinessUnitsPage />
                  </RequirePermission>
                ),
              },
              { path: "account", element: <AccountPage /> },
            ],
          },
          { path: "/dashboard", element: <Navigate to="/" replace /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
