import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { RouteAccess } from "@openaims/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { hasPermission, useMe } from "../auth/me-context";
import { CoverageSummaryCards } from "../coverage/coverage-summary-cards";
import { DemoPanel } from "../demo/demo-panel";
import { RiskClassCounts } from "../inventory/risk-class-counts";
import { ComingSoonPanel } from "./coming-soon";
import { navItemAt, visibleItems } from "./nav-items";

const AVAILABLE: { title: string; text: string; path: string; access: RouteAccess }[] = [
  {
    title: "AI systems",
    text: "The inventory: every AI system, its EU AI Act class and the duties that follow.",
    path: "/inventory/systems",
    access: "records:read",
  },
  {
    title: "Propose an AI use case",
    text: "Screen a new use case, see its classification as you answer, and send it for approval.",
    path: "/intake/new",
    access: "intake:submit",
  },
  {
    title: "Context and scope",
    text: "Issues, interested parties, AI roles, risk appetite, objectives and the AIMS scope.",
    path: "/context/issues",
    access: "records:read",
  },
  {
    title: "Control library",
    text: "Your controls, their status, and the requirements each one satisfies.",
    path: "/controls/library",
    access: "records:read",
  },
  {
    title: "Frameworks",
    text: "ISO/IEC 42001, NIST AI RMF, EU AI Act and more, requirement by requirement.",
    path: "/frameworks/catalogs",
    access: "records:read",
  },
  {
    title: "Crosswalks",
    text: "How the requirements of two frameworks map to each other.",
    path: "/frameworks/crosswalks",
    access: "records:read",
  },
  {
    title: "Users",
    text: "Invite people, set their roles and business units.",
    path: "/settings/users",
    access: "users:read",
  },
  {
    title: "Business units",
    text: "The parts of the organization that own AI systems.",
    path: "/settings/business-units",
    access: "business-units:read",
  },
  {
    title: "Audit trail",
    text: "Every change, hash-chained so tampering shows.",
    path: "/audits/trail",
    access: "audit:read",
  },
  {
    title: "My account",
    text: "Your password and API tokens.",
    path: "/settings/account",
    access: "authenticated",
  },
];

/** Home page: a welcome, the demo organization (offer or notice), coverage of every framework, what can be used today, and what is coming. */
export function DashboardPage() {
  const me = useMe();
  const dashboard = navItemAt("/");
  return (
    <Stack gap="xl">
      <PageHeader title="Dashboard" description={`Welcome, ${me.user.name}. ${dashboard.summary}`} />
      <DemoPanel />
      {hasPermission(me, "records:read") ? (
        <section aria-labelledby="systems-by-class">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="systems-by-class">
              AI systems by EU risk class
            </Title>
            <Anchor component={Link} to="/inventory/systems" size="sm">
              Open the inventory
            </Anchor>
          </Group>
          <RiskClassCounts />
        </section>
      ) : null}
      {hasPermission(me, "records:read") ? (
        <section aria-labelledby="coverage-now">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="coverage-now">
              Coverage by framework
            </Title>
            <Anchor component={Link} to="/frameworks/coverage" size="sm">
              How coverage is computed
            </Anchor>
          </Group>
          <CoverageSummaryCards />
        </section>
      ) : null}
      <section aria-labelledby="available-now">
        <Title order={2} size="h4" id="available-now" mb="sm">
          Available now
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {visibleItems(AVAILABLE, me.permissions).map((a) => (
            <Card key={a.path} withBorder radius="md" padding="md">
              <Anchor component={Link} to={a.path} fw={600}>
                {a.title}
              </Anchor>
              <Text size="sm" c="dimmed" mt={4}>
                {a.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
      <ComingSoonPanel item={dashboard} />
    </Stack>
  );
}
