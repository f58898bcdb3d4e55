import { Button, Stack, Table, Text } from "@mantine/core";
import { EVIDENCE_STATES, type EvidenceState } from "@openaims/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useUserNames } from "../users/use-user-names";
import { AddEvidenceModal } from "./add-evidence-modal";
import { EVIDENCE_KEY, listEvidence, type EvidenceQuery, type EvidenceSort } from "./evidence-api";
import { EVIDENCE_STATE_LABELS, evidencePath } from "./evidence-labels";
import { EvidenceStateBadge } from "./evidence-state-badge";

/** `/controls/evidence`: files and links that show controls work, with their validity (ISO/IEC 42001 7.5.3, 9.1). */
export function EvidenceListPage() {
  const canWrite = useCan("records:write");
  const navigate = useNavigate();
  const list = useListState<EvidenceSort>("key", "desc");
  const search = useListSearch(list);
  const [state, setState] = useState<EvidenceState | null>(null);
  const [kind, setKind] = useState<"file" | "link" | null>(null);
  const [adding, setAdding] = useState<"file" | "link" | null>(null);
  const users = useUserNames();
  const query: EvidenceQuery = {
    ...list.params,
    q: search.q,
    state: state ?? undefined,
    kind: kind ?? undefined,
  };
  const evidence = useListQuery([...EVIDENCE_KEY, "list"], query, listEvidence);
  const filtered = Boolean(search.q || state || kind);

  return (
    <section aria-labelledby="evidence-heading">
      <PageHeader
        title="Evidence"
        id="evidence-heading"
        description="Files and links that show your controls work, with when they were collected and until when they hold. Expired evidence stops counting in coverage (ISO/IEC 42001 7.5.3, 9.1)."
        actions={
          canWrite ? (
            <>
              <Button variant="default" onClick={() => setAdding("link")}>
                Add link
              </Button>
              <Button onClick={() => setAdding("file")}>Upload file</Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        <ListFilters label="Filter evidence">
          <SearchFilter search={search} placeholder="Key or title" w={240} />
          <FilterSelect
            label="State"
            placeholder="All states"
            options={EVIDENCE_STATES}
            labels={EVIDENCE_STATE_LABELS}
            value={state}
            onChange={list.onFilter(setState)}
            w={190}
          />
          <FilterSelect
            label="Kind"
            placeholder="Files and links"
            options={["file", "link"]}
            labels={{ file: "Files", link: "Links" }}
            value={kind}
            onChange={list.onFilter(setKind)}
            w={160}
          />
        </ListFilters>
        <ListTable
          testId="evidence-table"
          minWidth={900}
          columns={[
            { label: "Key", sort: "key" },
            { label: "Title", sort: "title" },
            { label: "Kind" },
            { label: "State" },
            { label: "Collected", sort: "collectedOn" },
            { label: "Valid until", sort: "validUntil" },
            { label: "Owner" },
            { label: "Supports" },
          ]}
          result={evidence}
          emptyText={
            filtered
              ? "No evidence matches these filters."
              : "No evidence yet. Upload a file or add a link to show a control works."
          }
          list={list}
          noun="evidence items"
          row={(e) => (
            <Table.Tr key={e.id} data-testid={`evidence-row-${e.key}`}>
              <KeyCell to={evidencePath(e.id)}>{e.key}</KeyCell>
              <Table.Td>
                <Text size="sm">{e.title}</Text>
                {e.staleReason ? (
                  <Text size="xs" c="red" data-testid="stale-reason">
                    {e.staleReason}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={NOWRAP}>{e.kind === "file" ? (e.fileName ?? "File") : "Link"}</Table.Td>
              <Table.Td style={NOWRAP}>
                <EvidenceStateBadge state={e.state} />
              </Table.Td>
              <Table.Td style={NOWRAP}>{formatDate(e.collectedOn)}</Table.Td>
              <Table.Td style={NOWRAP}>{e.validUntil ? formatDate(e.validUntil) : "No expiry"}</Table.Td>
              <Table.Td>{users.nameOf(e.ownerId, e.ownerId ? "someone" : "—")}</Table.Td>
              <Table.Td style={NOWRAP}>
                {e.linkCount === 0 ? "Nothing yet" : `${e.linkCount} record${e.linkCount === 1 ? "" : "s"}`}
              </Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
      {adding ? (
        <AddEvidenceModal
          mode={adding}
          onClose={() => setAdding(null)}
          onCreated={(created) => void navigate(evidencePath(created.id))}
        />
      ) : null}
    </section>
  );
}
