import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { AUDIT_KEY, listAuditEvents } from "./audit-api";
import { AuditFilterForm } from "./audit-filter-form";
import { EMPTY_AUDIT_FILTERS, auditQueryOf, type AuditFilterValues } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { VerifyChain } from "./verify-chain";

/** Audits → Audit trail: every change, who made it, what it was, and whether the chain holds. */
export function AuditTrailPage() {
  const list = useListState<"seq">("seq", "desc", 25);
  const [filters, setFilters] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTERS);
  const built = auditQueryOf(filters, { limit: list.pageSize, offset: list.offset });
  const query = built.ok ? built.query : null;

  const events = useQuery({
    queryKey: [...AUDIT_KEY, query],
    queryFn: ({ signal }) => listAuditEvents(query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });

  const apply = (next: AuditFilterValues) => {
    setFilters(next);
    list.resetPage();
  };

  return (
    <section aria-labelledby="audit-trail-heading">
      <PageHeader
        title="Audit trail"
        id="audit-trail-heading"
        order={2}
        description="Every change made in OpenAIMS, append-only and hash-chained so that tampering is detectable (ISO/IEC 42001 7.5.3, A.6.2.8)."
      />
      <VerifyChain />
      <AuditFilterForm
        key={JSON.stringify(filters)}
        applied={filters}
        fieldErrors={built.ok ? {} : built.fieldErrors}
        onApply={apply}
      />
      <AuditTable
        events={events.data?.items ?? []}
        status={{ isLoading: events.isLoading, error: events.error, onRetry: () => void events.refetch() }}
        onFilterActor={(actorId) => apply({ ...filters, actorId })}
        onFilterEntity={(entityType, entityId) => apply({ ...filters, entityType, entityId })}
      />
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={events.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="events"
      />
    </section>
  );
}
