import { Alert, Button, Divider, List, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { canActInBusinessUnit, type SoaDeriveResult, type SoaProblem } from "@openaims/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { ExportButtons } from "../exports/export-buttons";
import { useCan, useMe } from "../auth/me-context";
import {
  SOA_KEY,
  afterSoaChanged,
  deriveSoa,
  getSoa,
  issueSoaVersion,
  listSoaVersions,
  type SoaFilters,
} from "./soa-api";
import { SoaCompare } from "./soa-compare";
import { SoaEntryDrawer } from "./soa-entry-drawer";
import { SoaSummaryCards } from "./soa-summary";
import { SoaWarnings } from "./soa-evidence";
import { SoaFiltersBar, SoaTable } from "./soa-table";
import { SoaVersions } from "./soa-versions";

/** The problems a refused issue names (422 with `details.problems`). */
function problemsOf(error: unknown): SoaProblem[] {
  if (!isApiError(error)) return [];
  const details = error.details as { problems?: SoaProblem[] } | undefined;
  return Array.isArray(details?.problems) ? details.problems : [];
}

function DeriveNotice({ result, onClose }: { result: SoaDeriveResult; onClose: () => void }) {
  const nothing = result.changes.length === 0;
  return (
    <Alert
      color={nothing ? "gray" : "blue"}
      variant="light"
      withCloseButton
      onClose={onClose}
      title="Draft derived"
      mb="md"
      data-testid="soa-derive-notice"
    >
      <Text size="sm">
        {nothing
          ? "Nothing changed: the SoA already matches risk treatment, classification and interested-party requirements."
          : `${result.decided} newly applicable, ${result.updated} with refreshed reasons, ${result.reverted} back to undecided, ${result.proposals} proposals where your decision differs.`}
      </Text>
      {result.notes.map((n) => (
        <Text size="xs" c="dimmed" key={n}>
          {n}
        </Text>
      ))}
    </Alert>
  );
}

/** Controls → Statement of Applicability (ISO/IEC 42001 6.1.3 d–e, Annex A). */
export function SoaPage() {
  const me = useMe();
  // The SoA is organization-wide: users limited to business units read it (same rule as the server).
  const canWrite = useCan("records:write") && canActInBusinessUnit(me.user, null);
  const canApprove = useCan("records:approve");
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<SoaFilters>({});
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [openId, setOpenId] = useState<string | null>(null);
  const [derived, setDerived] = useState<SoaDeriveResult | null>(null);
  const [compare, setCompare] = useState<{ from: number | null; to: number | "working" }>({
    from: null,
    to: "working",
  });
  const query = { ...filters, q: q || undefined };
  const soa = useQuery({
    queryKey: [...SOA_KEY, "working", query],
    queryFn: ({ signal }) => getSoa(query, signal),
    placeholderData: keepPreviousData,
  });
  const versions = useQuery({
    queryKey: [...SOA_KEY, "versions"],
    queryFn: ({ signal }) => listSoaVersions(signal),
  });
  const derive = useMutation({
    mutationFn: deriveSoa,
    onSuccess: (result) => {
      setDerived(result);
      afterSoaChanged(queryClient);
    },
  });
  const issue = useMutation({
    mutationFn: () => issueSoaVersion(""),
    onSuccess: (v) => {
      afterSoaChanged(queryClient);
      notifications.show({
        color: "green",
        message: `Issued version ${v.number}: a manager approves it next.`,
      });
    },
  });
  const items = soa.data?.items ?? [];
  const versionList = versions.data?.items ?? [];
  const open = openId ? (items.find((e) => e.controlId === openId) ?? null) : null;
  const refused = problemsOf(issue.error);
  const fromVersion =
    compare.from ??
    versionList.find((v) => v.status === "approved")?.number ??
    versionList[0]?.number ??
    null;

  return (
    <section aria-labelledby="soa-heading">
      <PageHeader
        title="Statement of Applicability"
        order={2}
        id="soa-heading"
        description="Every ISO/IEC 42001 Annex A control: whether it applies and why, how far it is implemented, and which of your controls implement it. Derive a draft from risk treatment, classification and interested-party requirements, decide the rest, then issue it for approval."
        actions={
          <>
            <ExportButtons
              url="/api/v1/soa/export"
              formats={["xlsx", "pdf"]}
              label="the working Statement of Applicability"
            />
            {canWrite ? (
              <Button variant="light" onClick={() => derive.mutate()} loading={derive.isPending}>
                Derive draft
              </Button>
            ) : null}
            {canApprove ? (
              <Button onClick={() => issue.mutate()} loading={issue.isPending}>
                Issue version for approval
              </Button>
            ) : null}
          </>
        }
      />
      {derive.isError ? <FormAlert error={derive.error} /> : null}
      {derived ? <DeriveNotice result={derived} onClose={() => setDerived(null)} /> : null}
      {issue.isError ? (
        <Alert
          color="red"
          variant="light"
          title="The SoA cannot be issued yet"
          withCloseButton
          onClose={() => issue.reset()}
          mb="md"
          role="alert"
          data-testid="soa-issue-refused"
        >
          <Text size="sm">{issue.error.message}</Text>
          {refused.length ? (
            <List size="sm" mt="xs" spacing={2}>
              {refused.slice(0, 12).map((p) => (
                <List.Item key={p.controlKey}>{p.message}</List.Item>
              ))}
              {refused.length > 12 ? <List.Item>and {refused.length - 12} more</List.Item> : null}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {soa.data?.latestVersion?.status === "in_review" ? (
        <Alert color="orange" variant="light" mb="md" data-testid="soa-pending-version">
          Version {soa.data.latestVersion.number} waits for a manager&apos;s approval: see Versions below.
          Changes made now go into the next version.
        </Alert>
      ) : null}
      <SoaSummaryCards view={soa.data} />
      <SoaWarnings warnings={soa.data?.warnings ?? []} />
      <SoaFiltersBar filters={filters} search={search} onSearch={setSearch} onChange={setFilters} />
      <SoaTable
        entries={items}
        isLoading={soa.isLoading}
        error={soa.error}
        filtered={Boolean(q || Object.values(filters).some(Boolean))}
        onRetry={() => void soa.refetch()}
        onOpen={setOpenId}
        canWrite={canWrite}
      />
      <SoaEntryDrawer entry={open} canWrite={canWrite} onClose={() => setOpenId(null)} />
      <Divider my="lg" />
      <Stack gap="xl">
        <SoaVersions
          versions={versionList}
          isLoading={versions.isLoading}
          error={versions.error}
          onRetry={() => void versions.refetch()}
          onCompare={(from) => setCompare({ from, to: "working" })}
        />
        <SoaCompare
          versions={versionList}
          from={fromVersion}
          to={compare.to}
          onChange={(from, to) => setCompare({ from, to })}
        />
      </Stack>
    </section>
  );
}
