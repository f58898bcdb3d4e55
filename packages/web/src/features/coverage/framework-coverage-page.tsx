import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  SegmentedControl,
  Switch,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from "@mantine/core";
import type { RequirementCoverageView } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { COVERAGE_OVERVIEW_PATH, frameworkPath, requirementPath } from "../frameworks/framework-paths";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import { ChevronDownIcon, ChevronRightIcon } from "../shell/icons";
import {
  COVERAGE_KEY,
  listCoverage,
  useCoverageSummary,
  type CoverageQuery,
  type CoverageStatus,
} from "./coverage-api";
import { CoverageSources, CoverageStatusBadge } from "./coverage-sources";
import { StatusBadge } from "../../components/status-badge";
import { COVERAGE_STATUS_INFO, heldBackSentence, isHeldBack, percentText } from "./coverage-view";
import classes from "./coverage.module.css";

const COLUMNS = 5;

/** Frameworks → Coverage → one framework: each requirement's status, and why. */
export function FrameworkCoveragePage() {
  const ref = useParams().ref ?? "";
  const frameworks = useAllFrameworks();
  const summary = useCoverageSummary();
  const score = summary.data?.frameworks.find((f) => f.frameworkRef === ref);
  const list = useListState<"order">("order", "asc", 50);
  const [status, setStatus] = useState<CoverageStatus | "all">("all");
  const [heldBackOnly, setHeldBackOnly] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const query: CoverageQuery = {
    framework: ref,
    status: status === "all" ? undefined : status,
    ...(heldBackOnly ? { heldBack: "true" as const } : {}),
    limit: list.pageSize,
    offset: list.offset,
  };
  const coverage = useQuery({
    queryKey: [...COVERAGE_KEY, "list", query],
    queryFn: ({ signal }) => listCoverage(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = coverage.data?.items ?? [];
  const label = frameworks.labelOf(ref);
  const count = (s: CoverageStatus) => (score ? ` (${score[s]})` : "");
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section aria-labelledby="framework-coverage-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={COVERAGE_OVERVIEW_PATH} size="sm">
          Coverage
        </Anchor>
        <Text size="sm">{label}</Text>
      </Breadcrumbs>
      <PageHeader
        title={`Coverage of ${label}`}
        order={2}
        id="framework-coverage-heading"
        description={
          score
            ? `${score.full} of ${score.assessable} assessable requirements covered fully (${percentText(score.fullShare)}), ${score.partial} partly (${percentText(score.partialShare)}), ${score.none} not covered.${heldBackSentence(score) ? ` ${heldBackSentence(score)}.` : ""}`
            : "Each requirement's status, computed from your controls and the crosswalks."
        }
        actions={
          <Anchor component={Link} to={frameworkPath(ref)} size="sm">
            Browse the framework
          </Anchor>
        }
      />
      <Group mb="md" gap="sm">
        <Text size="sm" fw={500} id="coverage-status-filter">
          Show
        </Text>
        <SegmentedControl
          aria-labelledby="coverage-status-filter"
          data={[
            { value: "all", label: "All" },
            { value: "full", label: `Covered${count("full")}` },
            { value: "partial", label: `Partly${count("partial")}` },
            { value: "none", label: `Not covered${count("none")}` },
          ]}
          value={status}
          onChange={(v) => {
            setStatus(v as CoverageStatus | "all");
            list.resetPage();
          }}
        />
        <Switch
          label={`Only held back by stale evidence${score ? ` (${score.heldBack})` : ""}`}
          checked={heldBackOnly}
          onChange={(e) => {
            setHeldBackOnly(e.currentTarget.checked);
            list.resetPage();
          }}
          data-testid="coverage-held-back-filter"
        />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" highlightOnHover data-testid="coverage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={44}>
                <VisuallyHidden>Why</VisuallyHidden>
              </Table.Th>
              <Table.Th>Requirement</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th style={NOWRAP}>Sources</Table.Th>
              <Table.Th>Strongest source</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={coverage.isLoading}
              error={coverage.error}
              isEmpty={items.length === 0}
              emptyText={
                heldBackOnly
                  ? "No requirement with this status is held back by stale evidence."
                  : "No requirement has this status."
              }
              onRetry={() => void coverage.refetch()}
            />
            {items.map((r) => (
              <CoverageRow
                key={r.key}
                row={r}
                frameworkRef={ref}
                isOpen={open.has(r.key)}
                onToggle={() => toggle(r.key)}
                labelOf={frameworks.labelOf}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={coverage.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="requirements"
      />
    </section>
  );
}

function CoverageRow({
  row: r,
  frameworkRef,
  isOpen,
  onToggle,
  labelOf,
}: {
  row: RequirementCoverageView;
  frameworkRef: string;
  isOpen: boolean;
  onToggle: () => void;
  labelOf: (ref: string) => string;
}) {
  const detailId = `coverage-${r.key}-why`;
  const top = r.sources[0];
  const heldBack = isHeldBack(r);
  const statusWords = COVERAGE_STATUS_INFO[r.status].label.toLowerCase();
  return (
    <Fragment>
      <Table.Tr
        data-testid="coverage-row"
        data-requirement-id={r.id}
        data-status={r.status}
        data-held-back={heldBack}
      >
        <Table.Td>
          {r.sourceCount > 0 || r.limitedBy.length > 0 ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onToggle}
              aria-expanded={isOpen}
              aria-controls={isOpen ? detailId : undefined}
              aria-label={`${isOpen ? "Hide" : "Show"} why ${r.id} is ${statusWords}`}
            >
              {isOpen ? <ChevronDownIcon /> : <ChevronRightIcon />}
            </ActionIcon>
          ) : null}
        </Table.Td>
        <Table.Td>
          <Anchor component={Link} to={requirementPath(frameworkRef, r.id)} ff="monospace" fw={600} size="sm">
            {r.id}
          </Anchor>{" "}
          <Text span size="sm" c={r.assessable ? undefined : "dimmed"}>
            {r.title}
          </Text>
          {!r.assessable ? (
            <Badge size="xs" variant="outline" color="gray" tt="none" ml={6}>
              group, not scored
            </Badge>
          ) : null}
        </Table.Td>
        <Table.Td style={NOWRAP}>
          <Group gap={4} wrap="nowrap">
            <CoverageStatusBadge status={r.status} />
            {heldBack ? (
              <Tooltip
                multiline
                w={360}
                withArrow
                label={r.limitedBy.map((l) => l.message).join(" · ") || "Stale evidence holds this back."}
              >
                <span data-testid="coverage-stale-badge">
                  <StatusBadge color="red">Stale evidence</StatusBadge>
                </span>
              </Tooltip>
            ) : null}
          </Group>
        </Table.Td>
        <Table.Td>{r.sourceCount}</Table.Td>
        <Table.Td>
          {top ? (
            <Text size="sm" lineClamp={1} title={top.explanation}>
              <Text span ff="monospace" size="sm">
                {top.controlCode}
              </Text>{" "}
              {top.path.length === 0
                ? "linked directly"
                : `via ${top.path.length} crosswalk step${top.path.length === 1 ? "" : "s"}`}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Table.Td>
      </Table.Tr>
      {isOpen ? (
        <Table.Tr className={classes.detailRow} id={detailId}>
          <Table.Td colSpan={COLUMNS}>
            <CoverageSources
              sources={r.sources}
              sourceCount={r.sourceCount}
              labelOf={labelOf}
              limitedBy={r.limitedBy}
            />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </Fragment>
  );
}
