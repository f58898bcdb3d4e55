import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Group,
  Highlight,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { RequirementView } from "@openaims/core";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { ChevronDownIcon, ChevronRightIcon } from "../shell/icons";
import { requirementPath } from "./framework-paths";
import { AssessableMark, KindBadge, RequirementTags } from "./requirement-badges";
import {
  buildRequirementTree,
  expandableIds,
  matchingIds,
  visibleRows,
  type TreeRow,
} from "./requirement-tree";

/** The requirements of a framework as a tree: expand by parent, or search id, title and summary. */
export function RequirementTreeView({ requirements }: { requirements: readonly RequirementView[] }) {
  const tree = useMemo(() => buildRequirementTree(requirements), [requirements]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 150);
  const matches = useMemo(() => matchingIds(requirements, q), [requirements, q]);
  const rows = visibleRows(tree, expanded, matches);
  const words = q.split(/\s+/).filter(Boolean);

  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <TextInput
          label="Search requirements"
          placeholder="Id, title or summary"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
          role="searchbox"
        />
        <Group gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="tree-summary">
            {matches
              ? `${matches.size} of ${requirements.length} requirements match`
              : `${requirements.length} requirements`}
          </Text>
          <Button
            size="xs"
            variant="default"
            disabled={matches !== null}
            onClick={() => setExpanded(new Set(expandableIds(tree)))}
          >
            Expand all
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={matches !== null}
            onClick={() => setExpanded(new Set())}
          >
            Collapse all
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6} highlightOnHover data-testid="requirement-tree">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Requirement</Table.Th>
              <Table.Th w={120}>Kind</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={2}>
                  <Text c="dimmed" ta="center" p="md">
                    No requirement matches this search.
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((row) => (
              <TreeRowView key={row.requirement.id} row={row} words={words} onToggle={toggle} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function TreeRowView({
  row,
  words,
  onToggle,
}: {
  row: TreeRow;
  words: string[];
  onToggle: (id: string) => void;
}) {
  const r = row.requirement;
  return (
    <Table.Tr data-testid="requirement-row" data-requirement-id={r.id}>
      <Table.Td>
        <Group gap={6} wrap="nowrap" align="flex-start" pl={row.depth * 22}>
          {row.hasChildren ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              mt={2}
              onClick={() => onToggle(r.id)}
              disabled={words.length > 0}
              aria-expanded={row.isExpanded}
              aria-label={`${row.isExpanded ? "Collapse" : "Expand"} ${r.id}`}
            >
              {row.isExpanded ? <ChevronDownIcon size={16} /> : <ChevronRightIcon size={16} />}
            </ActionIcon>
          ) : (
            <Box w={22} style={{ flex: "none" }} />
          )}
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={8} wrap="wrap">
              <Anchor
                component={Link}
                to={requirementPath(r.frameworkRef, r.id)}
                ff="monospace"
                fw={600}
                size="sm"
              >
                <Highlight component="span" highlight={words} size="sm" inherit>
                  {r.id}
                </Highlight>
              </Anchor>
              <Highlight component="span" highlight={words} size="sm" fw={row.depth === 0 ? 600 : 400}>
                {r.title}
              </Highlight>
              <AssessableMark assessable={r.assessable} />
            </Group>
            <Highlight component="p" highlight={words} size="xs" c="dimmed" lineClamp={2} m={0}>
              {r.summary}
            </Highlight>
            <RequirementTags tags={r.tags} />
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <KindBadge kind={r.kind} />
      </Table.Td>
    </Table.Tr>
  );
}
