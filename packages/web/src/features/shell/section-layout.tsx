import { Alert, Button, Code, Group } from "@mantine/core";
import { Link, Navigate, Outlet, useLocation } from "react-router";
import { PageHeader } from "../../components/page-header";
import { usePageTitle } from "../../components/use-page-title";
import { useMe } from "../auth/me-context";
import { navItemAt, visibleItems, type TabItem } from "./nav-items";

/**
 * An area made of sub-pages (Settings, Audits): the area heading, links to the sub-pages the
 * person may see, and the current sub-page. The area path itself opens the first sub-page.
 */
export function SectionLayout({ path, tabs }: { path: string; tabs: readonly TabItem[] }) {
  const me = useMe();
  const location = useLocation();
  const item = navItemAt(path);
  const visible = visibleItems(tabs, me.permissions);
  const first = visible[0];
  if ((location.pathname === path || location.pathname === `${path}/`) && first) {
    return <Navigate to={first.path} replace />;
  }
  return (
    <>
      <PageHeader title={item.label} description={item.summary} setsTitle={false} />
      <Group component="nav" aria-label={`${item.label} sections`} gap="xs" mb="lg" wrap="wrap">
        {visible.map((tab) => {
          const isActive = location.pathname.startsWith(tab.path);
          return (
            <Button
              key={tab.path}
              component={Link}
              to={tab.path}
              variant={isActive ? "light" : "subtle"}
              color={isActive ? undefined : "gray"}
              aria-current={isActive ? "page" : undefined}
            >
              {tab.label}
            </Button>
          );
        })}
      </Group>
      <Outlet />
    </>
  );
}

/** A sub-page the person may not open: says so instead of showing an empty table. */
export function RequirePermission({ tab, children }: { tab: TabItem; children: React.ReactNode }) {
  const me = useMe();
  usePageTitle(tab.label);
  if (visibleItems([tab], me.permissions).length === 0) {
    return (
      <Alert
        color="gray"
        variant="light"
        title={`${tab.label} is not available to you`}
        role="status"
        data-testid="no-access"
      >
        Your role ({me.user.role}) does not include the permission <Code>{tab.access}</Code>. Ask an
        administrator if you need it.
      </Alert>
    );
  }
  return <>{children}</>;
}
