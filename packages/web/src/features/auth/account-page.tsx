import { Badge, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { ROLE_DESCRIPTIONS } from "@openaims/core";
import { PageHeader } from "../../components/page-header";
import { capitalize, formatDateTime } from "../../lib/format";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { isScopable } from "../users/user-changes";
import { TokensPanel } from "../tokens/tokens-panel";
import { ChangePasswordForm } from "./change-password-form";
import { hasPermission, useMe } from "./me-context";

/** Settings → My account: who you are, your password, your API tokens. */
export function AccountPage() {
  const me = useMe();
  const units = useBusinessUnitOptions(
    hasPermission(me, "business-units:read") && me.user.businessUnitIds.length > 0,
  );
  const { user } = me;
  return (
    <section aria-labelledby="account-heading">
      <PageHeader
        title="My account"
        id="account-heading"
        order={2}
        description="Your profile, password and API tokens."
      />
      <Stack gap="xl">
        <Paper withBorder p="md" radius="md">
          <Title order={3} mb="xs">
            Profile
          </Title>
          <Stack gap={6}>
            <Group gap="xs">
              <Text fw={600}>{user.name}</Text>
              <Badge variant="light">{capitalize(user.role)}</Badge>
              <Text size="sm" c="dimmed" ff="monospace">
                {user.key}
              </Text>
            </Group>
            <Text size="sm">{user.email}</Text>
            <Text size="sm" c="dimmed">
              {ROLE_DESCRIPTIONS[user.role]}
            </Text>
            {isScopable(user.role) ? (
              <Text size="sm">
                Business units:{" "}
                {user.businessUnitIds.length ? user.businessUnitIds.map(units.nameOf).join(", ") : "all"}
              </Text>
            ) : null}
            <Text size="xs" c="dimmed">
              Last sign-in: {formatDateTime(user.lastLoginAt)}
            </Text>
          </Stack>
        </Paper>
        <ChangePasswordForm />
        <Divider />
        <TokensPanel />
      </Stack>
    </section>
  );
}
