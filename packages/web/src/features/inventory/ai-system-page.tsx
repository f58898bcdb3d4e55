import { Anchor, Breadcrumbs, Group, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { SystemAssessments } from "../assessments/system-assessments";
import { SystemResources } from "../resources/system-resources";
import { RecordEvidencePanel } from "../evidence/record-evidence-panel";
import { SystemVendors } from "../vendors/system-vendors";
import { AI_SYSTEMS_KEY, getAiSystem } from "./inventory-api";
import { LIFECYCLE_LABELS } from "./inventory-labels";
import { INVENTORY_PATH, SYSTEM_TABS, type SystemTab } from "./inventory-paths";
import { RiskClassBadge } from "./risk-class-badge";
import { SystemClassification } from "./system-classification";
import { SystemComponents } from "./system-components";
import { SystemHistory } from "./system-history";
import { SystemObligations } from "./system-obligations";
import { SystemOverview } from "./system-overview";

const TAB_LABELS: Record<SystemTab, string> = {
  overview: "Overview",
  components: "Components",
  classification: "Classification",
  obligations: "Obligations",
  history: "History",
};

/** An AI system (`/inventory/systems/:id`): overview, components, classification, obligations, history. */
export function AiSystemPage() {
  const id = useParams().id ?? "";
  const [params, setParams] = useSearchParams();
  const tab = (SYSTEM_TABS as readonly string[]).includes(params.get("tab") ?? "")
    ? (params.get("tab") as SystemTab)
    : "overview";
  const system = useQuery({
    queryKey: [...AI_SYSTEMS_KEY, "detail", id],
    queryFn: ({ signal }) => getAiSystem(id, signal),
  });
  const s = system.data;
  const formKey = s ? `${s.id}@${s.version}` : "";

  return (
    <section aria-labelledby="system-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={INVENTORY_PATH} size="sm">
          AI systems
        </Anchor>
        <Text size="sm" ff="monospace">
          {s?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={system.isLoading}
        error={system.error}
        onRetry={() => void system.refetch()}
        what="AI system"
      />
      {s ? (
        <>
          <PageHeader
            title={`${s.key} ${s.name}`}
            order={2}
            id="system-heading"
            description={s.purpose || undefined}
            actions={
              <Group gap="xs">
                <StatusBadge color="blue">{LIFECYCLE_LABELS[s.lifecycleStage]}</StatusBadge>
                <RiskClassBadge value={s.euRiskClass} size="lg" />
                <Anchor
                  component={Link}
                  to={`/risks?aiSystemId=${s.id}`}
                  size="sm"
                  data-testid="system-risks"
                >
                  Risks of this system
                </Anchor>
              </Group>
            }
          />
          <Tabs
            value={tab}
            onChange={(v) => setParams(v && v !== "overview" ? { tab: v } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List mb="md">
              {SYSTEM_TABS.map((t) => (
                <Tabs.Tab key={t} value={t}>
                  {TAB_LABELS[t]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="overview">
              <SystemOverview key={formKey} system={s} />
            </Tabs.Panel>
            <Tabs.Panel value="components">
              <SystemComponents key={formKey} system={s} />
            </Tabs.Panel>
            <Tabs.Panel value="classification">
              <SystemClassification key={formKey} system={s} />
            </Tabs.Panel>
            <Tabs.Panel value="obligations">
              <SystemObligations systemId={s.id} />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <SystemHistory systemId={s.id} />
            </Tabs.Panel>
          </Tabs>
          <SystemAssessments system={s} />
          <SystemResources system={s} />
          <SystemVendors systemId={s.id} />
          <RecordEvidencePanel
            target={{ targetType: "ai_system", targetId: s.id }}
            subject="AI system"
            name={s.key}
          />
        </>
      ) : null}
    </section>
  );
}
