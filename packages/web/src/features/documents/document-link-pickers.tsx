import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { DocumentControlLink, DocumentRequirementLink } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { messageOf } from "../../api/errors";
import { CONTROLS_KEY, listControls } from "../controls/controls-api";
import { frameworkLabel } from "../frameworks/framework-labels";
import { FRAMEWORKS_KEY, listRequirements, useAllFrameworks } from "../frameworks/frameworks-api";

const RESULTS = 8;
const DEFAULT_FRAMEWORK = "iso-iec-42001:2023";

function Results<T>({
  items,
  error,
  isLoaded,
  empty,
  render,
}: {
  items: T[];
  error: unknown;
  isLoaded: boolean;
  empty: string;
  render: (item: T) => React.ReactNode;
}) {
  return (
    <Stack gap={4} aria-live="polite">
      {error ? (
        <Text size="sm" c="red">
          {messageOf(error)}
        </Text>
      ) : null}
      {isLoaded && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : null}
      {items.map(render)}
    </Stack>
  );
}

function ResultRow({
  label,
  isLinked,
  onAdd,
}: {
  label: React.ReactNode;
  isLinked: boolean;
  onAdd: () => void;
}) {
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <Text size="sm" lineClamp={1} style={{ minWidth: 0 }}>
        {label}
      </Text>
      <Button size="compact-sm" variant="light" disabled={isLinked} onClick={onAdd} style={{ flex: "none" }}>
        {isLinked ? "Linked" : "Link"}
      </Button>
    </Group>
  );
}

/** Finds requirements of any loaded framework by id or words to link to the document. */
export function RequirementLinkPicker({
  linked,
  onAdd,
}: {
  linked: ReadonlySet<string>;
  onAdd: (link: DocumentRequirementLink) => void;
}) {
  const { frameworks } = useAllFrameworks();
  const [picked, setPicked] = useState<string | null>(null);
  const ref =
    picked ?? frameworks.find((f) => f.ref === DEFAULT_FRAMEWORK)?.ref ?? frameworks[0]?.ref ?? null;
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const query = { q: q || undefined, limit: RESULTS, offset: 0 };
  const results = useQuery({
    queryKey: [...FRAMEWORKS_KEY, ref, "requirements", "search", query],
    queryFn: ({ signal }) => listRequirements(ref!, query, signal),
    enabled: ref !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  return (
    <Stack gap="xs" data-testid="requirement-link-picker">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Framework"
          data={frameworks.map((f) => ({ value: f.ref, label: frameworkLabel(f) }))}
          value={ref}
          onChange={setPicked}
          allowDeselect={false}
          w={200}
        />
        <TextInput
          label="Find a requirement"
          placeholder="Id or words, e.g. 5.2 or policy"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: "1 1 12rem" }}
        />
      </Group>
      <Results
        items={results.data?.items ?? []}
        error={results.error}
        isLoaded={Boolean(results.data)}
        empty="No requirement matches."
        render={(r) => (
          <ResultRow
            key={r.key}
            label={
              <>
                <Text span ff="monospace" fw={600} size="sm">
                  {r.id}
                </Text>{" "}
                {r.title}
              </>
            }
            isLinked={linked.has(r.key)}
            onAdd={() => onAdd({ key: r.key, title: r.title })}
          />
        )}
      />
    </Stack>
  );
}

/** Finds the organization's controls by code or title to link to the document. */
export function ControlLinkPicker({
  linked,
  onAdd,
}: {
  linked: ReadonlySet<string>;
  onAdd: (link: DocumentControlLink) => void;
}) {
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const query = { q: q || undefined, limit: RESULTS, offset: 0 };
  const results = useQuery({
    queryKey: [...CONTROLS_KEY, "list", query],
    queryFn: ({ signal }) => listControls(query, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Stack gap="xs" data-testid="control-link-picker">
      <TextInput
        label="Find a control"
        placeholder="Code or title"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      <Results
        items={results.data?.items ?? []}
        error={results.error}
        isLoaded={Boolean(results.data)}
        empty="No control matches. Adopt controls in the control library first."
        render={(c) => (
          <ResultRow
            key={c.id}
            label={
              <>
                <Text span ff="monospace" fw={600} size="sm">
                  {c.code}
                </Text>{" "}
                {c.title}
              </>
            }
            isLinked={linked.has(c.id)}
            onAdd={() => onAdd({ id: c.id, key: c.key, code: c.code, title: c.title })}
          />
        )}
      />
    </Stack>
  );
}
