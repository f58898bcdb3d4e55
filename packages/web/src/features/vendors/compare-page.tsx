import { Anchor, Group, Stack, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { formatDate } from "../../lib/format";
import { MAX_COMPARED, MIN_COMPARED, comparisonTable, parseIds, type CompareCell } from "./compare-table";
import { RatingBadge } from "./rating-badge";
import { VendorMultiSelect } from "./vendor-multi-select";
import { campaignPath, scoreBand, vendorPath } from "./vendor-labels";
import { VENDOR_CAMPAIGNS_KEY, compareVendors } from "./vendors-api";

function Cell({ cell }: { cell: CompareCell }) {
  switch (cell.kind) {
    case "not_assessed":
      return (
        <Table.Td data-kind="not_assessed">
          <Text size="sm" c="dimmed" fs="italic">
            not yet assessed
          </Text>
        </Table.Td>
      );
    case "not_asked":
      return (
        <Table.Td data-kind="not_asked">
          <Text size="sm" c="dimmed">
            not asked
          </Text>
        </Table.Td>
      );
    case "rating":
      return (
        <Table.Td data-kind="rating">{cell.rating ? <RatingBadge rating={cell.rating} /> : "—"}</Table.Td>
      );
    case "score":
      return (
        <Table.Td
          data-kind="score"
          data-score={cell.score}
          style={{ backgroundColor: `var(--mantine-color-${cell.color}-light)` }}
          title={`${cell.score} / 100: ${scoreBand(cell.score).label}`}
        >
          <Text size="sm" fw={600}>
            {cell.score}
          </Text>
        </Table.Td>
      );
  }
}

/**
 * Vendors → Compare scores: the latest reviewed questionnaire of 2–10 vendors side by side, section
 * by section (ISO/IEC 42001 A.10.3), to choose between suppliers or see where each is weak.
 */
export function ComparePage() {
  const [params, setParams] = useSearchParams();
  const ids = parseIds(params.get("ids"));
  const ready = ids.length >= MIN_COMPARED;
  const comparison = useQuery({
    queryKey: [...VENDOR_CAMPAIGNS_KEY, "compare", ids],
    queryFn: ({ signal }) => compareVendors(ids, signal),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const table = comparison.data && ready ? comparisonTable(comparison.data) : null;
  const known = new Map(
    (comparison.data?.vendors ?? []).map((v) => [v.vendor.id, `${v.vendor.key} ${v.vendor.name}`]),
  );

  return (
    <section aria-labelledby="compare-heading">
      <PageHeader
        title="Compare vendors"
        order={2}
        id="compare-heading"
        description="The latest reviewed questionnaire of each vendor, side by side: overall score, rating and the score of each section. Scores are 0–100; higher is better."
      />
      <Stack gap="md">
        <VendorMultiSelect
          value={ids}
          known={known}
          max={MAX_COMPARED}
          onChange={(next) => setParams(next.length ? { ids: next.join(",") } : {}, { replace: true })}
        />
        {!ready ? (
          <Text size="sm" c="dimmed">
            Pick at least {MIN_COMPARED} vendors (at most {MAX_COMPARED}) to compare them.
          </Text>
        ) : null}
        {ready ? (
          <LoadStatus
            isLoading={comparison.isLoading}
            error={comparison.error}
            onRetry={() => void comparison.refetch()}
            what="comparison"
          />
        ) : null}
        {table ? (
          <Table.ScrollContainer minWidth={200 + 180 * table.columns.length}>
            <Table
              withTableBorder
              withColumnBorders
              layout="fixed"
              verticalSpacing="sm"
              data-testid="compare-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={220} style={{ verticalAlign: "top" }}>
                    <Text size="sm" c="dimmed">
                      Vendor
                    </Text>
                  </Table.Th>
                  {table.columns.map((c) => (
                    <Table.Th
                      key={c.vendor.id}
                      data-testid={`compare-vendor-${c.vendor.key}`}
                      style={{ verticalAlign: "top" }}
                    >
                      <Anchor component={Link} to={vendorPath(c.vendor.id)} size="sm" fw={600}>
                        {c.vendor.key} {c.vendor.name}
                      </Anchor>
                      <Group gap={4} my={4} wrap="nowrap">
                        <Text size="xs" c="dimmed" fw={400}>
                          In the register:
                        </Text>
                        <RatingBadge rating={c.vendor.riskRating} />
                      </Group>
                      {c.campaign ? (
                        <Text size="xs" c="dimmed" fw={400}>
                          <Anchor component={Link} to={campaignPath(c.campaign.id)} size="xs" ff="monospace">
                            {c.campaign.key}
                          </Anchor>{" "}
                          {c.campaign.templateName}
                          {c.campaign.reviewedAt ? `, reviewed ${formatDate(c.campaign.reviewedAt)}` : ""}
                        </Text>
                      ) : null}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((r) => (
                  <Table.Tr key={r.id} data-testid={`compare-row-${r.id}`}>
                    <Table.Th scope="row">
                      <Text size="sm" fw={r.id === "score" || r.id === "rating" ? 700 : 500}>
                        {r.label}
                      </Text>
                    </Table.Th>
                    {r.cells.map((cell, i) => (
                      <Cell key={table.columns[i]!.vendor.id} cell={cell} />
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        {table && table.columns.every((c) => !c.assessed) ? (
          <Text size="sm" c="dimmed">
            None of these vendors has a reviewed questionnaire yet: send one from the vendor's page.
          </Text>
        ) : null}
      </Stack>
    </section>
  );
}
