import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Collapse,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import { describeKey } from "../coverage/coverage-view";
import { FREQUENCY_LABELS } from "./control-labels";
import { controlPath } from "./control-paths";
import type { TemplateView } from "./templates";

type Props = {
  template: TemplateView;
  isSelected: boolean;
  canSelect: boolean;
  onToggle: () => void;
  labelOf: (ref: string) => string;
};

/** A starter template: select it to adopt, or open it to read its evidence examples and requirement links. */
export function TemplateCard({ template: t, isSelected, canSelect, onToggle, labelOf }: Props) {
  const [open, setOpen] = useState(false);
  const detailId = `template-${t.code}-detail`;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={`template-${t.code}`}
      data-adopted={t.adoptedAs ? "true" : "false"}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        {canSelect ? (
          <Checkbox
            mt={2}
            checked={isSelected}
            disabled={t.adoptedAs !== null}
            onChange={onToggle}
            aria-label={`Select ${t.code} ${t.title}`}
          />
        ) : null}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={8} wrap="wrap">
            <Text ff="monospace" fw={600} size="sm">
              {t.code}
            </Text>
            <Text fw={500} size="sm">
              {t.title}
            </Text>
            <Badge size="xs" variant="default" tt="none">
              {FREQUENCY_LABELS[t.frequency]}
            </Badge>
            {t.adoptedAs ? (
              <Badge
                size="sm"
                color="green"
                variant="light"
                tt="none"
                component={Link}
                to={controlPath(t.adoptedAs)}
                style={{ cursor: "pointer" }}
              >
                ✓ Adopted — open
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" lineClamp={open ? undefined : 2}>
            {t.description}
          </Text>
          <Group gap={6}>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setOpen((o) => !o)}
              aria-expanded={open}
              aria-controls={detailId}
            >
              {open
                ? "Hide evidence and links"
                : `Evidence examples and ${t.requirements.length} requirement links`}
            </Button>
          </Group>
          <Collapse expanded={open} keepMounted={false} id={detailId}>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" pt={4}>
              <div>
                <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={4}>
                  Evidence examples
                </Text>
                <List size="sm" spacing={2}>
                  {t.evidence.map((e) => (
                    <List.Item key={e}>{e}</List.Item>
                  ))}
                </List>
              </div>
              <div>
                <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={4}>
                  Satisfies
                </Text>
                <Stack gap={4}>
                  {t.requirements.map((r) => {
                    const d = describeKey(r.key, labelOf);
                    const to = requirementPathOfKey(r.key);
                    return (
                      <Text key={r.key} size="sm">
                        <Badge
                          size="xs"
                          variant="light"
                          color={r.coverage === "full" ? "green" : "yellow"}
                          tt="none"
                          mr={6}
                        >
                          {r.coverage}
                        </Badge>
                        {d.framework}{" "}
                        {to ? (
                          <Anchor component={Link} to={to} ff="monospace" size="sm">
                            {d.id}
                          </Anchor>
                        ) : (
                          d.id
                        )}
                        {r.note ? (
                          <Text span size="xs" c="dimmed">
                            {" "}
                            — {r.note}
                          </Text>
                        ) : null}
                      </Text>
                    );
                  })}
                </Stack>
              </div>
            </SimpleGrid>
          </Collapse>
        </Stack>
      </Group>
    </Paper>
  );
}
