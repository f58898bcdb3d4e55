import { createBrowserRouter, Navigate } from "react-router";
import { lazyPage } from "./components/lazy-page";
import { LoginPage } from "./features/auth/login-page";
import { RequireAuth } from "./features/auth/require-auth";
import { SetupPage } from "./features/auth/setup-page";
import { AppLayout } from "./features/shell/app-layout";
import { AreaPage } from "./features/shell/area-page";
import { DashboardPage } from "./features/shell/dashboard-page";
import {
  AUDITS_TABS,
  CONTEXT_TABS,
  CONTROLS_TABS,
  FRAMEWORKS_TABS,
  GOVERNANCE_TABS,
  INVENTORY_TABS,
  SETTINGS_TABS,
  VENDORS_TABS,
  type TabItem,
} from "./features/shell/nav-items";
import { NotFoundPage } from "./features/shell/not-found-page";
import { RequirePermission, SectionLayout } from "./features/shell/section-layout";
import { RouteError } from "./features/shell/route-error";
import { evidenceRoutes } from "./features/evidence/routes";
import { documentRoutes } from "./features/documents/routes";
import { peopleRoutes } from "./features/people/routes";
import { concernRoutes } from "./features/concerns/routes";
import { vendorRoutes } from "./features/vendors/routes";
import { portalRoutes } from "./features/portal/routes";

// Every page but the shell, sign-in and the dashboard loads with its own code when first opened.
const AssessmentPage = lazyPage(() => import("./features/assessments/assessment-page"), "AssessmentPage");
const AssessmentsPage = lazyPage(() => import("./features/assessments/assessments-page"), "AssessmentsPage");
const AuditTrailPage = lazyPage(() => import("./features/audit/audit-trail-page"), "AuditTrailPage");
const InternalAuditsPage = lazyPage(
  () => import("./features/audit/internal-audits-page"),
  "InternalAuditsPage",
);
const AccountPage = lazyPage(() => import("./features/auth/account-page"), "AccountPage");
const BusinessUnitsPage = lazyPage(
  () => import("./features/business-units/business-units-page"),
  "BusinessUnitsPage",
);
const IssuesPage = lazyPage(() => import("./features/context/issues-page"), "IssuesPage");
const PartiesPage = lazyPage(() => import("./features/context/parties-page"), "PartiesPage");
const ProfilePage = lazyPage(() => import("./features/context/profile-page"), "ProfilePage");
const ControlPage = lazyPage(() => import("./features/controls/control-page"), "ControlPage");
const ControlsPage = lazyPage(() => import("./features/controls/controls-page"), "ControlsPage");
const StarterLibraryPage = lazyPage(
  () => import("./features/controls/starter-library-page"),
  "StarterLibraryPage",
);
const CoverageOverviewPage = lazyPage(
  () => import("./features/coverage/coverage-overview-page"),
  "CoverageOverviewPage",
);
const FrameworkCoveragePage = lazyPage(
  () => import("./features/coverage/framework-coverage-page"),
  "FrameworkCoveragePage",
);
const CrosswalkExplorerPage = lazyPage(
  () => import("./features/crosswalks/crosswalk-explorer-page"),
  "CrosswalkExplorerPage",
);
const FrameworkPage = lazyPage(() => import("./features/frameworks/framework-page"), "FrameworkPage");
const FrameworksPage = lazyPage(() => import("./features/frameworks/frameworks-page"), "FrameworksPage");
const RequirementPage = lazyPage(() => import("./features/frameworks/requirement-page"), "RequirementPage");
const InboxPage = lazyPage(() => import("./features/inbox/inbox-page"), "InboxPage");
const IntakeFormPage = lazyPage(() => import("./features/intake/intake-form-page"), "IntakeFormPage");
const IntakeListPage = lazyPage(() => import("./features/intake/intake-list-page"), "IntakeListPage");
const IntakeRequestPage = lazyPage(
  () => import("./features/intake/intake-request-page"),
  "IntakeRequestPage",
);
const AiSystemPage = lazyPage(() => import("./features/inventory/ai-system-page"), "AiSystemPage");
const ImportExportPage = lazyPage(
  () => import("./features/inventory/import-export-page"),
  "ImportExportPage",
);
const InventoryPage = lazyPage(() => import("./features/inventory/inventory-page"), "InventoryPage");
const ObjectivePage = lazyPage(() => import("./features/objectives/objective-page"), "ObjectivePage");
const ObjectivesPage = lazyPage(() => import("./features/objectives/objectives-page"), "ObjectivesPage");
const RiskLibraryPage = lazyPage(() => import("./features/risks/risk-library-page"), "RiskLibraryPage");
const RiskPage = lazyPage(() => import("./features/risks/risk-page"), "RiskPage");
const RisksPage = lazyPage(() => import("./features/risks/risks-page"), "RisksPage");
const ScopeComparePage = lazyPage(() => import("./features/scope/scope-compare-page"), "ScopeComparePage");
const ScopePage = lazyPage(() => import("./features/scope/scope-page"), "ScopePage");
const ScopeVersionPage = lazyPage(() => import("./features/scope/scope-version-page"), "ScopeVersionPage");
const SoaPage = lazyPage(() => import("./features/soa/soa-page"), "SoaPage");
const UsersPage = lazyPage(() => import("./features/users/users-page"), "UsersPage");

const UNBUILT_AREAS = ["/monitoring", "/reports"];

function tab(tabs: readonly TabItem[], path: string): TabItem {
  const found = tabs.find((t) => t.path === path);
  if (!found) throw new Error(`no tab at ${path}`);
  return found;
}

/** A sub-page shown only to those who hold its tab's permission. */
function guarded(tabs: readonly TabItem[], path: string, page: React.ReactNode) {
  return <RequirePermission tab={tab(tabs, path)}>{page}</RequirePermission>;
}

const RISKS_TAB: TabItem = { label: "Risks", path: "/risks", access: "records:read" };
const guardedRisks = (page: React.ReactNode) => <RequirePermission tab={RISKS_TAB}>{page}</RequirePermission>;
const ASSESSMENTS_TAB: TabItem = { label: "Assessments", path: "/assessments", access: "records:read" };
const guardedAssessments = (page: React.ReactNode) => (
  <RequirePermission tab={ASSESSMENTS_TAB}>{page}</RequirePermission>
);

/** Every page of the SPA; the server answers index.html for each of these paths. */
export const router = createBrowserRouter([
  { path: "/setup", element: <SetupPage />, errorElement: <RouteError /> },
  { path: "/login", element: <LoginPage />, errorElement: <RouteError /> },
  // The vendor portal needs no account: its link token opens one questionnaire (ISO/IEC 42001 A.10.3).
  ...portalRoutes(),
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
            path: "/context",
            element: <SectionLayout path="/context" tabs={CONTEXT_TABS} />,
            children: [
              { path: "issues", element: guarded(CONTEXT_TABS, "/context/issues", <IssuesPage />) },
              { path: "parties", element: guarded(CONTEXT_TABS, "/context/parties", <PartiesPage />) },
              { path: "profile", element: guarded(CONTEXT_TABS, "/context/profile", <ProfilePage />) },
              {
                path: "objectives",
                element: guarded(CONTEXT_TABS, "/context/objectives", <ObjectivesPage />),
              },
              {
                path: "objectives/:id",
                element: guarded(CONTEXT_TABS, "/context/objectives", <ObjectivePage />),
              },
              { path: "scope", element: guarded(CONTEXT_TABS, "/context/scope", <ScopePage />) },
              {
                path: "scope/compare",
                element: guarded(CONTEXT_TABS, "/context/scope", <ScopeComparePage />),
              },
              { path: "scope/:id", element: guarded(CONTEXT_TABS, "/context/scope", <ScopeVersionPage />) },
            ],
          },
          {
            path: "/inventory",
            element: <SectionLayout path="/inventory" tabs={INVENTORY_TABS} />,
            children: [
              { path: "systems", element: guarded(INVENTORY_TABS, "/inventory/systems", <InventoryPage />) },
              {
                path: "systems/new",
                element: guarded(INVENTORY_TABS, "/inventory/systems", <IntakeFormPage mode="register" />),
              },
              {
                path: "systems/:id",
                element: guarded(INVENTORY_TABS, "/inventory/systems", <AiSystemPage />),
              },
              {
                path: "import-export",
                element: guarded(INVENTORY_TABS, "/inventory/import-export", <ImportExportPage />),
              },
            ],
          },
          {
            // Intake requests belong to the Inventory area; the server links inbox items to /intake/<id>.
            path: "/intake",
            element: <SectionLayout path="/inventory" tabs={INVENTORY_TABS} />,
            children: [
              { index: true, element: guarded(INVENTORY_TABS, "/intake", <IntakeListPage />) },
              { path: "new", element: guarded(INVENTORY_TABS, "/intake", <IntakeFormPage />) },
              { path: ":id", element: guarded(INVENTORY_TABS, "/intake", <IntakeRequestPage />) },
            ],
          },
          { path: "/inbox", element: <InboxPage /> },
          { path: "/risks", element: guardedRisks(<RisksPage />) },
          { path: "/risks/library", element: guardedRisks(<RiskLibraryPage />) },
          { path: "/risks/:id", element: guardedRisks(<RiskPage />) },
          { path: "/assessments", element: guardedAssessments(<AssessmentsPage />) },
          { path: "/assessments/:id", element: guardedAssessments(<AssessmentPage />) },
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
              { path: "soa", element: guarded(CONTROLS_TABS, "/controls/soa", <SoaPage />) },
              ...evidenceRoutes(guarded.bind(null, CONTROLS_TABS, "/controls/evidence")),
            ],
          },
          {
            path: "/governance",
            element: <SectionLayout path="/governance" tabs={GOVERNANCE_TABS} />,
            children: [
              ...documentRoutes((path, page) => guarded(GOVERNANCE_TABS, path, page)),
              ...peopleRoutes((path, page) => guarded(GOVERNANCE_TABS, path, page)),
              ...concernRoutes((path, page) => guarded(GOVERNANCE_TABS, path, page)),
            ],
          },
          {
            path: "/vendors",
            element: <SectionLayout path="/vendors" tabs={VENDORS_TABS} />,
            children: vendorRoutes((path, page) => guarded(VENDORS_TABS, path, page)),
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
