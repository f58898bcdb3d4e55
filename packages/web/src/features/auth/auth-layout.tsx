import { Box, Center, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "../../components/use-page-title";
import { ColorSchemeToggle } from "../shell/color-scheme-toggle";
import { Logo } from "../shell/logo";

/** The frame of the pages before sign-in: a centered card with the product name. */
export function AuthLayout({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Box component="header" p="md">
        <Group justify="space-between">
          <Logo />
          <ColorSchemeToggle />
        </Group>
      </Box>
      <Center component="main" px="md" pb="xl" pt="lg">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={440}>
          <Stack gap="xs" mb="lg">
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle ? (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            ) : null}
          </Stack>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
