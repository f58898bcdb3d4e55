import { Alert, Anchor, Badge, Button, Group, List, Progress, Table, Text } from "@mantine/core";
import { PARTY_CATEGORIES, type InterestedParty } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { fetchAllPages } from "../../api/fetch-all";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { PARTIES_KEY, listParties, useAnnexAControls, type PartyQuery, type PartySort } from "./context-api";
import { PARTY_CATEGORY_LABELS } from "./context-labels";
import { PartyFormModal } from "./party-form-modal";
import { annexAIdOf, linkedAnnexA, openRequirements, partiesSummary } from "./party-requirements";

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
  const search = useListSearch(list, params.get("q") ?? "");
  const [category, setCategory] = useState<string | null>(null);
  const [editing, setEditing] = useState<InterestedParty | "new" | null>(null);
  const annexA = useAnnexAControls();
  const query: PartyQuery = {
    ...list.params,
    q: search.q,
    category: category ?? undefined,
  };
  const parties = useListQuery([...PARTIES_KEY, "list"], query, listParties);

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
      <ListFilters label="Filter interested parties" mb="md">
        <SearchFilter search={search} placeholder="Name or key" w={220} />
        <FilterSelect
          label="Category"
          placeholder="All categories"
          options={PARTY_CATEGORIES}
          labels={PARTY_CATEGORY_LABELS}
          value={category}
          onChange={list.onFilter(setCategory)}
          w={200}
        />
      </ListFilters>
      <ListTable
        testId="parties-table"
        minWidth={860}
        columns={[
          { label: "Key", sort: "key" },
          { label: "Name", sort: "name" },
          { label: "Category" },
          { label: "Requirements addressed", w: 260 },
          { label: "Annex A controls" },
        ]}
        result={parties}
        emptyText={
          search.q || category ? "No party matches these filters." : "No interested parties recorded yet."
        }
        list={list}
        noun="parties"
        row={(p) => {
          const total = p.requirementsAddressed + p.requirementsOpen;
          return (
            <Table.Tr key={p.id} data-testid={`party-row-${p.key}`}>
              <KeyCell onOpen={() => setEditing(p)}>{p.key}</KeyCell>
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
        }}
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
