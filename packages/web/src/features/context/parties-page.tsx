import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Progress,
  Select,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { PARTY_CATEGORIES, type InterestedParty } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { fetchAllPages } from "../../api/fetch-all";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { PARTIES_KEY, listParties, useAnnexAControls, type PartyQuery, type PartySort } from "./context-api";
import { PARTY_CATEGORY_LABELS } from "./context-labels";
import { PartyFormModal } from "./party-form-modal";
import { annexAIdOf, linkedAnnexA, openRequirements, partiesSummary } from "./party-requirements";

const COLUMNS = 5;

/** What is still open across all parties (read in full: parties are few). */
function OpenRequirementsSummary({ onOpen }: { onOpen: (party: InterestedParty) => void }) {
  const all = useQuery({
    queryKey: [...PARTIES_KEY, "all"],
    queryFn: ({ signal }) =>
      fetchAllPages(
        (offset, limit) => listParties({ limit, offset, sort: "name", order: "asc" }, signal),
        1_000,
      ),
  });
  const parties = all.data?.items ?? [];
  if (!all.data || parties.length === 0) return null;
  const summary = partiesSummary(parties);
  const open = openRequirements(parties);
  return (
    <Alert
      color={open.length ? "yellow" : "green"}
      variant="light"
      mb="md"
      title={`${summary.addressed} of ${summary.requirements} requirements addressed`}
      data-testid="open-requirements"
    >
      {open.length === 0 ? (
        <Text size="sm">Every requirement of every interested party is addressed.</Text>
      ) : (
        <>
          <Text size="sm" mb={4}>
            Not addressed yet ({open.length}, {summary.partiesWithOpen}{" "}
            {summary.partiesWithOpen === 1 ? "party" : "parties"}):
          </Text>
          <List size="sm" spacing={2}>
            {open.slice(0, 10).map((o, i) => (
              <List.Item key={`${o.partyId}-${i}`}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => {
                    const p = parties.find((x) => x.id === o.partyId);
                    if (p) onOpen(p);
                  }}
                >
                  {o.partyName}
                </Anchor>
                : {o.text}
              </List.Item>
            ))}
          </List>
          {open.length > 10 ? (
            <Text size="xs" c="dimmed" mt={4}>
              and {open.length - 10} more.
            </Text>
          ) : null}
        </>
      )}
    </Alert>
  );
}

/** The Annex A controls a party's requirements call for, as ids with the title on hover (6.1.3 d). */
function LinkedControls({ party, labelOf }: { party: InterestedParty; labelOf: (key: string) => string }) {
  const keys = linkedAnnexA(party);
  if (keys.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Group gap={4} data-testid={`party-annex-a-${party.key}`}>
      {keys.map((key) => (
        <Badge key={key} variant="light" color="gray" size="sm" title={labelOf(key)} ff="monospace">
          {annexAIdOf(key)}
        </Badge>
      ))}
    </Group>
  );
}

/** Context → Interested parties: who has a stake in the AIMS, their requirements and whether each is addressed (4.2). */
export function PartiesPage() {
  const canWrite = useCan("records:write");
  const list = useListState<PartySort>("name");
  // The SoA links a party reason here as `?q=IP-3`.
  const [params] = useSearchParams();
  const [search, setSearch] = useState(() => params.get("q") ?? "");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [category, setCategory] = useState<string | null>(null);
  const [editing, setEditing] = useState<InterestedParty | "new" | null>(null);
  const annexA = useAnnexAControls();
  const query: PartyQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    category: category ?? undefined,
  };
  const parties = useQuery({
    queryKey: [...PARTIES_KEY, "list", query],
    queryFn: ({ signal }) => listParties(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = parties.data?.items ?? [];
  const sortable = (label: string, column: PartySort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );

  return (
    <section aria-labelledby="parties-heading">
      <PageHeader
        title="Interested parties"
        order={2}
        id="parties-heading"
        description="Who has a stake in the organization's use of AI, what they require, and how the AIMS addresses it (ISO/IEC 42001 4.2)."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>Add an interested party</Button> : null}
      />
      <OpenRequirementsSummary onOpen={setEditing} />
      <Group
        mb="md"
        gap="sm"
        align="flex-end"
        wrap="wrap"
        role="search"
        aria-label="Filter interested parties"
      >
        <TextInput
          label="Search"
          placeholder="Name or key"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={220}
        />
        <Select
          label="Category"
          placeholder="All categories"
          clearable
          data={PARTY_CATEGORIES.map((c) => ({ value: c, label: PARTY_CATEGORY_LABELS[c] }))}
          value={category}
          onChange={(v) => {
            setCategory(v);
            list.resetPage();
          }}
          w={200}
        />
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="parties-table">
          <Table.Thead>
            <Table.Tr>
              {sortable("Key", "key")}
              {sortable("Name", "name")}
              <Table.Th>Category</Table.Th>
              <Table.Th w={260}>Requirements addressed</Table.Th>
              <Table.Th>Annex A controls</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={parties.isLoading}
              error={parties.error}
              isEmpty={items.length === 0}
              emptyText={
                q || category ? "No party matches these filters." : "No interested parties recorded yet."
              }
              onRetry={() => void parties.refetch()}
            />
            {items.map((p) => {
              const total = p.requirementsAddressed + p.requirementsOpen;
              return (
                <Table.Tr key={p.id} data-testid={`party-row-${p.key}`}>
                  <Table.Td style={NOWRAP}>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setEditing(p)}
                      ff="monospace"
                      fw={600}
                      size="sm"
                    >
                      {p.key}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td style={NOWRAP}>{PARTY_CATEGORY_LABELS[p.category]}</Table.Td>
                  <Table.Td>
                    {total === 0 ? (
                      <Text size="sm" c="dimmed">
                        None recorded
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={(p.requirementsAddressed / total) * 100}
                          color={p.requirementsOpen ? "yellow" : "green"}
                          w={110}
                          aria-label={`${p.requirementsAddressed} of ${total} requirements addressed`}
                        />
                        <Text size="sm" style={NOWRAP}>
                          {p.requirementsAddressed} of {total}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <LinkedControls party={p} labelOf={annexA.labelOf} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={parties.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="parties"
      />
      {editing ? (
        <PartyFormModal
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          party={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
