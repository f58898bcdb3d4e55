import { AppShell, NavLink, ScrollArea, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useLocation } from "react-router";
import { useMe } from "../auth/me-context";
import { AppHeader } from "./app-header";
import { NAV_ITEMS, activeNavItem, visibleItems } from "./nav-items";
import classes from "./app-layout.module.css";

/** The frame of every signed-in page: header, navigation of the AIMS areas, main content. */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const active = activeNavItem(location.pathname);
  const items = visibleItems(NAV_ITEMS, me.permissions);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a href="#main-content" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <AppHeader navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" id="app-navigation" aria-label="Main navigation">
        <ScrollArea type="auto">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" py={6}>
            AI Management System
          </Text>
          {items.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={item.label}
              active={active?.path === item.path}
              aria-current={active?.path === item.path ? "page" : undefined}
              onClick={close}
              className={classes.navLink}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
