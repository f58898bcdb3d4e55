import { Anchor, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { useCan } from "../auth/me-context";
import { RatingBadge } from "./rating-badge";
import { VENDORS_PATH, vendorPath } from "./vendor-labels";
import { VENDORS_KEY, getVendor, listVendors, vendorKey } from "./vendors-api";

/**
 * The AI system page's "Vendors" section: who supplies this system and with what, and how each is
 * rated (ISO/IEC 42001 A.10.2). Links are made from the vendor's page.
 */
export function SystemVendors({ systemId }: { systemId: string }) {
  const canRead = useCan("records:read");
  const query = { limit: 50, offset: 0, sort: "name" as const, order: "asc" as const, aiSystemId: systemId };
  const vendors = useQuery({
    queryKey: [...VENDORS_KEY, "list", query],
    queryFn: ({ signal }) => listVendors(query, signal),
    enabled: canRead,
  });
  const items = vendors.data?.items ?? [];
  // The list carries no component text; each vendor's detail does (a handful per system).
  const details = useQueries({
    queries: items.map((v) => ({
      queryKey: vendorKey(v.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getVendor(v.id, signal),
      staleTime: 30_000,
    })),
  });
  const componentOf = (i: number) => details[i]?.data?.aiSystems.find((s) => s.id === systemId)?.component;
  if (!canRead) return null;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mt="lg"
      data-testid="system-vendors"
      aria-labelledby="system-vendors-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="system-vendors-heading">
          Vendors
        </Title>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Vendor</Table.Th>
              <Table.Th>What they supply</Table.Th>
              <Table.Th>Risk rating</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={3}
              isLoading={vendors.isLoading}
              error={vendors.error}
              isEmpty={items.length === 0}
              emptyText="No vendor linked. Link this system from a vendor's page."
              onRetry={() => void vendors.refetch()}
            />
            {items.map((v, i) => (
              <Table.Tr key={v.id} data-testid={`system-vendor-${v.key}`}>
                <Table.Td>
                  <Anchor component={Link} to={vendorPath(v.id)} size="sm">
                    <Text span ff="monospace" fw={600} size="sm">
                      {v.key}
                    </Text>{" "}
                    {v.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{componentOf(i) || "—"}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <RatingBadge rating={v.riskRating} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {vendors.data && vendors.data.total > items.length ? (
          <Anchor component={Link} to={VENDORS_PATH} size="xs">
            {vendors.data.total - items.length} more in the vendor register
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}
