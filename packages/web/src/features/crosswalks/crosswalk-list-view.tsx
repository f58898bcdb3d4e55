import { Table, Text } from "@mantine/core";
import type { CrosswalkEntryView } from "@openaims/core";
import { useState } from "react";
import { TablePager } from "../../components/table-pager";
import { CrosswalkEntryCard } from "./crosswalk-entry-card";

/** The crosswalk as a flow: from → relationship → to, with the rationale, a page at a time. */
export function CrosswalkListView({ entries }: { entries: readonly CrosswalkEntryView[] }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const last = Math.max(1, Math.ceil(entries.length / pageSize));
  const current = Math.min(page, last);
  const shown = entries.slice((current - 1) * pageSize, current * pageSize);
  if (entries.length === 0) {
    return <Text c="dimmed">No mapping between these frameworks has the chosen relationships.</Text>;
  }
  return (
    <>
      <Table verticalSpacing="sm" striped data-testid="crosswalk-list">
        <Table.Tbody>
          {shown.map((e) => (
            <Table.Tr key={`${e.from.key}|${e.to.key}`}>
              <Table.Td>
                <CrosswalkEntryCard entry={e} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TablePager
        page={current}
        pageSize={pageSize}
        total={entries.length}
        onPage={setPage}
        onPageSize={(size) => {
          setPageSize(size);
          setPage(1);
        }}
        noun="mappings"
      />
    </>
  );
}
