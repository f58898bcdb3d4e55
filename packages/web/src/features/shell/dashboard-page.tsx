import { Anchor, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { RouteAccess } from "@openaims/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { useMe } from "../auth/me-context";
import { ComingSoonPanel } from "./coming-soon";
import { navItemAt, visibleItems } from "./nav-items";

const AVAILABLE: { title: string; text: string; path: string; access: RouteAccess }[] = [
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

/** Home page: a welcome, what can be used today, and what the dashboard will show. */
export function DashboardPage() {
  const me = useMe();
  const dashboard = navItemAt("/");
  return (
    <Stack gap="xl">
      <PageHeader title="Dashboard" description={`Welcome, ${me.user.name}. ${dashboard.summary}`} />
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
