import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import { requirementPath } from "../frameworks/framework-paths";
import { groupLinksByFramework, type LinkAction, type LinkDraft } from "./control-links";
import { RequirementPicker } from "./requirement-picker";

type Props = {
  links: readonly LinkDraft[];
  onChange: (action: LinkAction) => void;
  labelOf: (ref: string) => string;
  canEdit: boolean;
  /** Messages of a refused save, by requirement key. */
  errors: Readonly<Record<string, string>>;
};

/** The requirements a control satisfies, grouped by framework; editors add, change and remove links. */
export function ControlLinksEditor({ links, onChange, labelOf, canEdit, errors }: Props) {
  const groups = groupLinksByFramework(links, labelOf);
  return (
    <Stack gap="md">
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          Not linked to any requirement yet: this control counts for no framework.
        </Text>
      ) : null}
      {groups.map((group) => (
        <Stack key={group.frameworkRef} gap={6} data-testid={`link-group-${group.frameworkRef}`}>
          <Title order={4} size="h5">
            {group.label}{" "}
            <Text span size="sm" c="dimmed" fw={400}>
              ({group.links.length})
            </Text>
          </Title>
          {group.links.map((l) => (
            <Paper key={l.requirementKey} withBorder radius="md" p="xs" data-testid="control-link">
              <Group gap="sm" wrap="wrap" justify="space-between" align="flex-start">
                <Text size="sm" style={{ flex: "1 1 16rem", minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={requirementPath(l.frameworkRef, l.requirementId)}
                    ff="monospace"
                    fw={600}
                    size="sm"
                  >
                    {l.requirementId}
                  </Anchor>{" "}
                  {l.title}
                </Text>
                {canEdit ? (
                  <Group gap="xs" wrap="nowrap">
                    <SegmentedControl
                      size="xs"
                      aria-label={`Coverage of ${l.requirementId}`}
                      data={[
                        { value: "full", label: "Full" },
                        { value: "partial", label: "Partial" },
                      ]}
                      value={l.coverage}
                      onChange={(v) =>
                        onChange({
                          type: "setCoverage",
                          requirementKey: l.requirementKey,
                          coverage: v === "partial" ? "partial" : "full",
                        })
                      }
                    />
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => onChange({ type: "remove", requirementKey: l.requirementKey })}
                      aria-label={`Remove the link to ${l.requirementId}`}
                    >
                      Remove
                    </Button>
                  </Group>
                ) : (
                  <Badge variant="light" color={l.coverage === "full" ? "green" : "yellow"} tt="none">
                    {l.coverage === "full" ? "Full" : "Partial"}
                  </Badge>
                )}
              </Group>
              {canEdit ? (
                <TextInput
                  mt={6}
                  size="xs"
                  placeholder="Note: how the control meets this requirement"
                  aria-label={`Note on ${l.requirementId}`}
                  value={l.note}
                  maxLength={1000}
                  onChange={(e) =>
                    onChange({
                      type: "setNote",
                      requirementKey: l.requirementKey,
                      note: e.currentTarget.value,
                    })
                  }
                  error={errors[l.requirementKey]}
                />
              ) : l.note ? (
                <Text size="xs" c="dimmed" mt={4}>
                  {l.note}
                </Text>
              ) : null}
              {!canEdit && errors[l.requirementKey] ? (
                <Text size="xs" c="red">
                  {errors[l.requirementKey]}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      ))}
      {canEdit ? (
        <RequirementPicker
          linkedKeys={new Set(links.map((l) => l.requirementKey))}
          onAdd={(link) => onChange({ type: "add", link })}
        />
      ) : null}
    </Stack>
  );
}
