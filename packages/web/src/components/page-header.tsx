import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { usePageTitle } from "./use-page-title";

type Props = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Heading level: 1 for a page, 2 for a section inside a tabbed page. */
  order?: 1 | 2;
  /** Set the browser tab title too (default true). */
  setsTitle?: boolean;
  /** id of the heading, for `aria-labelledby` of the section it names. */
  id?: string;
};

/** The heading of a page or section, with its short explanation and main actions. */
export function PageHeader({ title, description, actions, order = 1, setsTitle = true, id }: Props) {
  usePageTitle(setsTitle ? title : "");
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
      <Stack gap={4} style={{ flex: "1 1 20rem" }}>
        <Title order={order} id={id}>
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
