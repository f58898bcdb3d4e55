import { Anchor, Button, Group, Switch, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { RiskLibraryEntry } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { useListQuery, useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { LibraryEntryModal } from "./library-entry-modal";
import {
  RISK_LIBRARY_KEY,
  afterLibraryChanged,
  listLibrary,
  resetLibraryEntry,
  updateLibraryEntry,
} from "./risk-library-api";

const ORIGIN_LABELS = { starter: "Starter", customized: "Customized", custom: "Your own" } as const;
const ORIGIN_COLORS = { starter: "gray", customized: "blue", custom: "grape" } as const;

/**
 * The organization's library of common AI risks (ISO/IEC 42001 6.1.2): adapt the starter entries
 * to its context, hide the ones that never apply, and add its own.
 */
export function RiskLibraryPage() {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const list = useListState("code");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const [showHidden, setShowHidden] = useState(false);
  const [editing, setEditing] = useState<RiskLibraryEntry | "new" | null>(null);
  const [resetting, setResetting] = useState<RiskLibraryEntry | null>(null);
  const query = {
    q: q || undefined,
    includeHidden: showHidden ? "true" : "false",
    limit: list.pageSize,
    offset: list.offset,
  } as const;
  const entries = useListQuery([...RISK_LIBRARY_KEY, "page"], query, listLibrary);

  const toggleHidden = useMutation({
    mutationFn: (e: RiskLibraryEntry) =>
      updateLibraryEntry(e.code, { version: e.version, hidden: !e.hidden }),
    onSuccess: (saved) => {
      afterLibraryChanged(queryClient);
      notifications.show({
        message: `${saved.code} is ${saved.hidden ? "hidden from" : "back in"} the picker.`,
      });
    },
    onError: (error) => notifications.show({ color: "red", message: messageOf(error) }),
  });
  const reset = useMutation({
    mutationFn: (e: RiskLibraryEntry) => resetLibraryEntry(e.code),
    onSuccess: (_r, e) => {
      afterLibraryChanged(queryClient);
      setResetting(null);
      notifications.show({
        message: e.origin === "custom" ? `Removed ${e.code}.` : `${e.code} is the starter text again.`,
      });
    },
  });

  return (
    <>
      <PageHeader
        title="Risk library"
        description="Common AI risks to start a register entry from: our starter library, adapted to your organization."
        actions={
          <Group>
            <Anchor component={Link} to="/risks" size="sm">
              Back to the register
            </Anchor>
            {canWrite ? <Button onClick={() => setEditing("new")}>Add library risk</Button> : null}
          </Group>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="Search"
          placeholder="Code, title or description"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
        />
        <Switch
          label="Show hidden"
          checked={showHidden}
          onChange={(e) => list.onFilter(setShowHidden)(e.currentTarget.checked)}
        />
      </Group>
      <ListTable
        minWidth={800}
        tableProps={{ verticalSpacing: 7, "aria-label": "Risk library" }}
        columns={[
          { label: "Code" },
          { label: "Title" },
          { label: "Origin" },
          { label: "Suggested L × I" },
          { label: "Annex A" },
          canWrite && { label: "Actions" },
        ]}
        result={entries}
        emptyText="No library risk matches."
        list={list}
        noun="library risks"
        row={(e) => (
          <Table.Tr key={e.code} data-testid={`library-${e.code}`}>
            <Table.Td>{e.code}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={500}>
                {e.title}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {e.description}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <StatusBadge color={ORIGIN_COLORS[e.origin]}>{ORIGIN_LABELS[e.origin]}</StatusBadge>
                {e.hidden ? <StatusBadge color="dark">Hidden</StatusBadge> : null}
              </Group>
            </Table.Td>
            <Table.Td>
              {e.suggestedLikelihood} × {e.suggestedImpact}
            </Table.Td>
            <Table.Td>{e.annexA.map((k) => k.split("/").pop()).join(", ") || "—"}</Table.Td>
            {canWrite ? (
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="subtle" onClick={() => setEditing(e)}>
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    loading={toggleHidden.isPending && toggleHidden.variables?.code === e.code}
                    onClick={() => toggleHidden.mutate(e)}
                  >
                    {e.hidden ? "Show" : "Hide"}
                  </Button>
                  {e.origin !== "starter" ? (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setResetting(e)}>
                      {e.origin === "custom" ? "Remove" : "Reset"}
                    </Button>
                  ) : null}
                </Group>
              </Table.Td>
            ) : null}
          </Table.Tr>
        )}
      />
      {editing ? (
        <LibraryEntryModal entry={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmModal
        opened={resetting !== null}
        title={
          resetting?.origin === "custom" ? `Remove ${resetting.code}?` : `Reset ${resetting?.code ?? ""}?`
        }
        confirmLabel={resetting?.origin === "custom" ? "Remove" : "Reset"}
        isPending={reset.isPending}
        error={reset.error}
        onConfirm={() => resetting && reset.mutate(resetting)}
        onClose={() => setResetting(null)}
      >
        {resetting?.origin === "custom"
          ? "The entry leaves the library. Risks already started from it keep their text."
          : "Your edits are undone and the starter text comes back."}
      </ConfirmModal>
    </>
  );
}
