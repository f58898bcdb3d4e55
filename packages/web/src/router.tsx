import { createBrowserRouter, Navigate } from "react-router";
import { AccountPage } from "./features/auth/account-page";
import { LoginPage } from "./features/auth/login-page";
import { RequireAuth } from "./features/auth/require-auth";
import { SetupPage } from "./features/auth/setup-page";
import { AuditTrailPage } from "./features/audit/audit-trail-page";
import { InternalAuditsPage } from "./features/audit/internal-audits-page";
import { BusinessUnitsPage } from "./features/business-units/business-units-page";
import { IssuesPage } from "./features/context/issues-page";
import { PartiesPage } from "./features/context/parties-page";
import { ProfilePage } from "./features/context/profile-page";
import { ControlPage } from "./features/controls/control-page";
import { ControlsPage } from "./features/controls/controls-page";
import { StarterLibraryPage } from "./features/controls/starter-library-page";
import { CoverageOverviewPage } from "./features/coverage/coverage-overview-page";
import { FrameworkCoveragePage } from "./features/coverage/framework-coverage-page";
import { CrosswalkExplorerPage } from "./features/crosswalks/crosswalk-explorer-page";
import { FrameworkPage } from "./features/frameworks/framework-page";
import { FrameworksPage } from "./features/frameworks/frameworks-page";
import { RequirementPage } from "./features/frameworks/requirement-page";
import { InboxPage } from "./features/inbox/inbox-page";
import { IntakeFormPage } from "./features/intake/intake-form-page";
import { IntakeListPage } from "./features/intake/intake-list-page";
import { IntakeRequestPage } from "./features/intake/intake-request-page";
import { AiSystemPage } from "./features/inventory/ai-system-page";
import { ImportExportPage } from "./features/inventory/import-export-page";
import { InventoryPage } from "./features/inventory/inventory-page";
import { ObjectivePage } from "./features/objectives/objective-page";
import { ObjectivesPage } from "./features/objectives/objectives-page";
import { AssessmentPage } from "./features/assessments/assessment-page";
import { AssessmentsPage } from "./features/assessments/assessments-page";
import { RiskLibraryPage } from "./features/risks/risk-library-page";
import { RiskPage } from "./features/risks/risk-page";
import { SoaPage } from "./features/soa/soa-page";
import { RisksPage } from "./features/risks/risks-page";
import { ScopeComparePage } from "./features/scope/scope-compare-page";
import { ScopePage } from "./features/scope/scope-page";
import { ScopeVersionPage } from "./features/scope/scope-version-page";
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
  type TabItem,
} from "./features/shell/nav-items";
import { NotFoundPage } from "./features/shell/not-found-page";
import { RequirePermission, SectionLayout } from "./features/shell/section-layout";
import { RouteError } from "./features/shell/route-error";
import { UsersPage } from "./features/users/users-page";
import { evidenceRoutes } from "./features/evidence/routes";
import { documentRoutes } from "./features/documents/routes";
import { peopleRoutes } from "./features/people/routes";
import { concernRoutes } from "./features/concerns/routes";

const UNBUILT_AREAS = ["/vendors", "/monitoring", "/reports"];

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
