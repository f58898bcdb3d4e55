import { Alert, Anchor, Breadcrumbs, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { LevelBadge } from "./level-badge";
import { RiskAcceptance } from "./risk-acceptance";
import { RiskActions } from "./risk-actions";
import { RiskForm } from "./risk-form";
import { RISKS_PATH, RISK_STATUS_LABELS } from "./risk-labels";
import { RISKS_KEY, getRisk, useRiskMatrix } from "./risks-api";
import { RecordEvidencePanel } from "../evidence/record-evidence-panel";

/** A risk of the register (`/risks/:id`), or a new one (`/risks/new`). */
export function RiskPage() {
  const id = useParams().id ?? "";
  const [params] = useSearchParams();
  const isNew = id === "new";
  const canWrite = useCan("records:write");
  const matrix = useRiskMatrix();
  const risk = useQuery({
    queryKey: [...RISKS_KEY, "detail", id],
    queryFn: ({ signal }) => getRisk(id, signal),
    enabled: !isNew,
  });
  const r = risk.data;
  const def = matrix.data?.definition;

  return (
    <section aria-labelledby="risk-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={RISKS_PATH} size="sm">
          Risk register
        </Anchor>
        <Text size="sm" ff={r ? "monospace" : undefined}>
          {isNew ? "New risk" : (r?.key ?? "…")}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={isNew ? "New risk" : r ? `${r.key} ${r.title}` : "Risk"}
        id="risk-heading"
        description={
          r ? (
            <Group gap="xs" component="span">
              <StatusBadge color={RISK_STATUS_LABELS[r.status].color}>
                <span data-testid="risk-status" data-status={r.status}>
                  {RISK_STATUS_LABELS[r.status].label}
                </span>
              </StatusBadge>
              <span>Residual</span>
              <LevelBadge level={r.residualLevel} testId="risk-residual-level" />
              <span>
                · criteria version {r.matrixVersion} · last changed {formatDateTime(r.updatedAt)}
              </span>
            </Group>
          ) : (
            "Describe the risk, score it on your risk criteria and decide its treatment."
          )
        }
      />
      <LoadStatus
        isLoading={matrix.isLoading || risk.isLoading}
        error={matrix.error ?? risk.error}
        onRetry={() => void (matrix.error ? matrix.refetch() : risk.refetch())}
        what="risk"
      />
      {isNew && !canWrite ? (
        <Alert color="gray" variant="light" role="status" title="You cannot create risks">
          Your role does not include the permission to write records.
        </Alert>
      ) : null}
      {def && isNew && canWrite ? (
        <RiskForm risk={null} matrix={def} initialAiSystemId={params.get("aiSystemId")} />
      ) : null}
      {def && r ? (
        <Stack gap="md">
          <RiskAcceptance risk={r} />
          <RiskForm key={`${r.id}@${r.version}`} risk={r} matrix={def} />
          <RiskActions riskId={r.id} />
          <RecordEvidencePanel target={{ targetType: "risk", targetId: r.id }} subject="risk" name={r.key} />
        </Stack>
      ) : null}
    </section>
  );
}
