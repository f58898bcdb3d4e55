import { Badge, Burger, Button, Group, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { capitalize } from "../../lib/format";
import { signOut } from "../auth/auth-api";
import { ME_QUERY_KEY, useMe } from "../auth/me-context";
import { InboxButton } from "../inbox/inbox-button";
import { ColorSchemeToggle } from "./color-scheme-toggle";
import { Logo } from "./logo";

/** Top bar: menu button on small screens, product, who is signed in, theme and sign-out. */
export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav: () => void }) {
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      void navigate("/login", { replace: true });
    },
  });

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? "Close navigation" : "Open navigation"}
          aria-controls="app-navigation"
          aria-expanded={navOpened}
        />
        <Logo />
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap" visibleFrom="xs" data-testid="current-user">
          <Text size="sm" fw={500} truncate maw={220}>
            {me.user.name}
          </Text>
          <Badge variant="light" aria-label={`Role: ${me.user.role}`}>
            {capitalize(me.user.role)}
          </Badge>
        </Group>
        <InboxButton />
        <ColorSchemeToggle />
        <Button variant="default" onClick={() => logout.mutate()} loading={logout.isPending}>
          Sign out
        </Button>
      </Group>
    </Group>
  );
}
