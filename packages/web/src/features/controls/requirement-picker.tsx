import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { messageOf } from "../../api/errors";
import { frameworkLabel } from "../frameworks/framework-labels";
import { FRAMEWORKS_KEY, listRequirements, useAllFrameworks } from "../frameworks/frameworks-api";
import type { LinkCoverage, LinkDraft } from "./control-links";

const RESULTS = 8;
const DEFAULT_FRAMEWORK = "iso-iec-42001:2023";

/** Finds assessable requirements of any framework by id or words, and links one with a coverage and note. */
export function RequirementPicker({
  linkedKeys,
  onAdd,
}: {
  linkedKeys: ReadonlySet<string>;
  onAdd: (link: LinkDraft) => void;
}) {
  const { frameworks } = useAllFrameworks();
  const [picked, setPicked] = useState<string | null>(null);
  const frameworkRef =
    picked ?? frameworks.find((f) => f.ref === DEFAULT_FRAMEWORK)?.ref ?? frameworks[0]?.ref ?? null;
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const [coverage, setCoverage] = useState<LinkCoverage>("full");
  const [note, setNote] = useState("");
  const query = { q: q || undefined, assessable: true, limit: RESULTS, offset: 0 };
  const results = useQuery({
    queryKey: [...FRAMEWORKS_KEY, frameworkRef, "requirements", "search", query],
    queryFn: ({ signal }) => listRequirements(frameworkRef!, query, signal),
    enabled: frameworkRef !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const items = results.data?.items ?? [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="requirement-picker">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          Link a requirement
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Framework"
            data={frameworks.map((f) => ({ value: f.ref, label: frameworkLabel(f) }))}
            value={frameworkRef}
            onChange={(v) => {
              setPicked(v);
              setSearch("");
            }}
            allowDeselect={false}
            w={220}
          />
          <TextInput
            label="Find a requirement"
            placeholder="Id or words, e.g. 6.1.2 or impact"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: "1 1 14rem" }}
          />
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="new-link-coverage">
              Coverage
            </Text>
            <SegmentedControl
              aria-labelledby="new-link-coverage"
              data={[
                { value: "full", label: "Full" },
                { value: "partial", label: "Partial" },
              ]}
              value={coverage}
              onChange={(v) => setCoverage(v === "partial" ? "partial" : "full")}
            />
          </Stack>
          <TextInput
            label="Note (optional)"
            placeholder="How the control meets it"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={1000}
            style={{ flex: "1 1 14rem" }}
          />
        </Group>
        <Stack gap={4} aria-live="polite" data-testid="requirement-results">
          {results.error ? (
            <Text size="sm" c="red">
              {messageOf(results.error)}
            </Text>
          ) : null}
          {results.data && items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No assessable requirement matches.
            </Text>
          ) : null}
          {items.map((r) => {
            const isLinked = linkedKeys.has(r.key);
            return (
              <Group key={r.key} gap="sm" wrap="nowrap" justify="space-between">
                <Text size="sm" style={{ minWidth: 0 }} lineClamp={1} title={r.summary}>
                  <Text span ff="monospace" fw={600} size="sm">
                    {r.id}
                  </Text>{" "}
                  {r.title}
                </Text>
                {isLinked ? (
                  <Badge variant="light" color="gray" tt="none" style={{ flex: "none" }}>
                    Linked
                  </Badge>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="light"
                    style={{ flex: "none" }}
                    aria-label={`Link ${r.id} ${r.title}`}
                    onClick={() => {
                      onAdd({
                        requirementKey: r.key,
                        frameworkRef: r.frameworkRef,
                        requirementId: r.id,
                        title: r.title,
                        coverage,
                        note: note.trim(),
                      });
                      setNote("");
                    }}
                  >
                    Link
                  </Button>
                )}
              </Group>
            );
          })}
          {results.data && results.data.total > items.length ? (
            <Text size="xs" c="dimmed">
              {results.data.total - items.length} more: narrow the search.
            </Text>
          ) : null}
        </Stack>
      </Stack>
    </Paper>
  );
}
