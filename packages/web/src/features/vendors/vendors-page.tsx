import { Button, Checkbox, Group, Stack, Table, Text, Tooltip } from "@mantine/core";
import {
  VENDOR_CRITICALITIES,
  VENDOR_RISK_RATINGS,
  VENDOR_STATUSES,
  type VendorCriticality,
  type VendorStatus,
  type VendorSummary,
} from "@openaims/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { NewVendorModal } from "./new-vendor-modal";
import { RatingBadge } from "./rating-badge";
import {
  CRITICALITY_LABELS,
  REVIEW_LABELS,
  STATUS_LABELS,
  attentionText,
  comparePath,
  vendorPath,
} from "./vendor-labels";
import { VENDORS_KEY, listVendors, type VendorQuery, type VendorSort } from "./vendors-api";

type RatingFilter = (typeof VENDOR_RISK_RATINGS)[number] | "unrated";
const RATING_FILTER_LABELS: Record<RatingFilter, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
  unrated: "Not rated yet",
};
const MAX_COMPARED = 10;

/** Vendors → Vendors: the vendor register (ISO/IEC 42001 A.10.2, A.10.3). */
export function VendorsPage() {
  const canWrite = useCan("records:write");
  const canReadUnits = useCan("business-units:read");
  const units = useBusinessUnitOptions(canReadUnits);
  const navigate = useNavigate();
  const list = useListState<VendorSort>("name", "asc");
  const search = useListSearch(list);
  const [status, setStatus] = useState<VendorStatus | null>(null);
  const [criticality, setCriticality] = useState<VendorCriticality | null>(null);
  const [rating, setRating] = useState<RatingFilter | null>(null);
  const [reviewDue, setReviewDue] = useState<"due" | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  /** Picked for comparison, kept across pages and filters (id → key, for the button). */
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const query: VendorQuery = {
    ...list.params,
    q: search.q,
    status: status ?? undefined,
    criticality: criticality ?? undefined,
    riskRating: rating ?? undefined,
    reviewDue: reviewDue ? true : undefined,
    businessUnitId: unitId ?? undefined,
  };
  const vendors = useListQuery([...VENDORS_KEY, "list"], query, listVendors);
  const filtered = Boolean(search.q || status || criticality || rating || reviewDue || unitId);
  const toggle = (v: VendorSummary) =>
    setPicked((old) => {
      const next = new Map(old);
      if (next.has(v.id)) next.delete(v.id);
      else next.set(v.id, v.key);
      return next;
    });

  return (
    <section aria-labelledby="vendors-heading">
      <PageHeader
        title="Vendors"
        order={2}
        id="vendors-heading"
        description="Who supplies your AI systems with models, data, APIs or hosting; what data they receive; how risky you rate them and when you review them next (ISO/IEC 42001 A.10.2, A.10.3)."
        actions={
          <>
            <Button
              variant="default"
              disabled={picked.size < 2 || picked.size > MAX_COMPARED}
              onClick={() => void navigate(comparePath([...picked.keys()]))}
              data-testid="compare-selected"
            >
              Compare selected{picked.size ? ` (${picked.size})` : ""}
            </Button>
            {canWrite ? <Button onClick={() => setCreating(true)}>New vendor</Button> : null}
          </>
        }
      />
      <Stack gap="md">
        <ListFilters label="Filter vendors">
          <SearchFilter search={search} placeholder="Name, legal name or key" w={220} />
          <FilterSelect
            label="Status"
            placeholder="All statuses"
            options={VENDOR_STATUSES}
            labels={STATUS_LABELS}
            value={status}
            onChange={list.onFilter(setStatus)}
            w={150}
          />
          <FilterSelect
            label="Criticality"
            placeholder="Any"
            options={VENDOR_CRITICALITIES}
            labels={CRITICALITY_LABELS}
            value={criticality}
            onChange={list.onFilter(setCriticality)}
            w={140}
          />
          <FilterSelect
            label="Risk rating"
            placeholder="Any"
            options={[...VENDOR_RISK_RATINGS, "unrated"] as RatingFilter[]}
            labels={RATING_FILTER_LABELS}
            value={rating}
            onChange={list.onFilter(setRating)}
            w={150}
          />
          <FilterSelect
            label="Review"
            placeholder="Any"
            options={["due"]}
            labels={{ due: "Due within 14 days or overdue" }}
            value={reviewDue}
            onChange={list.onFilter(setReviewDue)}
            w={230}
          />
          {canReadUnits ? (
            <FilterSelect
              label="Business unit"
              placeholder="All units"
              searchable
              data={units.options}
              value={unitId}
              onChange={list.onFilter(setUnitId)}
              w={200}
            />
          ) : null}
        </ListFilters>
        <ListTable
          testId="vendors-table"
          minWidth={960}
          columns={[
            { label: "Pick for comparison", labelHidden: true, w: 40 },
            { label: "Key", sort: "key" },
            { label: "Name", sort: "name" },
            { label: "Criticality", sort: "criticality" },
            { label: "Status" },
            { label: "Risk rating", sort: "riskRating" },
            { label: "Last score", sort: "lastScore" },
            { label: "Next review", sort: "nextReviewOn" },
            { label: "Attention", nowrap: true },
            { label: "AI systems", nowrap: true },
          ]}
          result={vendors}
          emptyText={
            filtered
              ? "No vendor matches these filters."
              : "No vendors yet. Register the first one with New vendor."
          }
          list={list}
          noun="vendors"
          row={(v) => {
            const review = REVIEW_LABELS[v.reviewState];
            return (
              <Table.Tr key={v.id} data-testid={`vendor-row-${v.key}`}>
                <Table.Td>
                  <Checkbox
                    aria-label={`Pick ${v.key} ${v.name} for comparison`}
                    checked={picked.has(v.id)}
                    onChange={() => toggle(v)}
                  />
                </Table.Td>
                <KeyCell to={vendorPath(v.id)}>{v.key}</KeyCell>
                <Table.Td>
                  <Text size="sm">{v.name}</Text>
                  {v.businessUnit ? (
                    <Text size="xs" c="dimmed">
                      {v.businessUnit.name}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={CRITICALITY_LABELS[v.criticality].color}>
                    {CRITICALITY_LABELS[v.criticality].label}
                  </StatusBadge>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={STATUS_LABELS[v.status].color}>
                    {STATUS_LABELS[v.status].label}
                  </StatusBadge>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <RatingBadge rating={v.riskRating} />
                </Table.Td>
                <Table.Td style={NOWRAP}>{v.lastScore ?? "—"}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <Group gap={4} wrap="nowrap">
                    {formatDate(v.nextReviewOn)}
                    {review ? <StatusBadge color={review.color}>{review.label}</StatusBadge> : null}
                  </Group>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  {v.attention.length ? (
                    <Tooltip
                      label={attentionText(v.attention)}
                      multiline
                      w={320}
                      style={{ whiteSpace: "pre-line" }}
                    >
                      <span tabIndex={0} data-testid="vendor-attention">
                        <StatusBadge color="orange">{v.attention.length} to check</StatusBadge>
                      </span>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={NOWRAP}>{v.aiSystemCount}</Table.Td>
              </Table.Tr>
            );
          }}
        />
        {picked.size > MAX_COMPARED ? (
          <Text size="sm" c="red">
            Pick at most {MAX_COMPARED} vendors to compare.
          </Text>
        ) : null}
      </Stack>
      {creating ? <NewVendorModal onClose={() => setCreating(false)} /> : null}
    </section>
  );
}
