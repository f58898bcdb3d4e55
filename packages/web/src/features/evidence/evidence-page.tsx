import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { UpdateEvidence, evidenceDateIssues, type EvidenceDetail } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError, messageOf } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { Fact } from "../../components/fact";
import { FormAlert } from "../../components/form-alert";
import { LoadStatus } from "../../components/query-state";
import { usePageTitle } from "../../components/use-page-title";
import { handleVersionConflict } from "../../lib/conflict";
import { formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { EntityAuditTrail } from "../audit/entity-audit-trail";
import { useCan } from "../auth/me-context";
import {
  deleteEvidence,
  downloadEvidence,
  EVIDENCE_KEY,
  getEvidence,
  invalidateEvidence,
  updateEvidence,
} from "./evidence-api";
import { EvidenceFields } from "./evidence-fields";
import { EVIDENCE_PATH, EVIDENCE_STATE_LABELS, sizeLabel } from "./evidence-labels";
import { EvidenceLinksPanel } from "./evidence-links-panel";
import { EvidenceStateBadge } from "./evidence-state-badge";
import { evidenceChanges, evidenceValuesOf, type EvidenceFormValues } from "./evidence-values";

/** `/controls/evidence/:id`: one item, its file or address, its dates and what it supports. */
export function EvidencePage() {
  const id = useParams().id ?? "";
  const evidence = useQuery({
    queryKey: [...EVIDENCE_KEY, "detail", id],
    queryFn: ({ signal }) => getEvidence(id, signal),
  });
  const e = evidence.data;
  usePageTitle(e ? `${e.key} ${e.title}` : "Evidence");
  return (
    <section aria-labelledby="evidence-item-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={EVIDENCE_PATH} size="sm">
          Evidence
        </Anchor>
        <Text size="sm" ff="monospace">
          {e?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={evidence.isLoading}
        error={evidence.error}
        onRetry={() => void evidence.refetch()}
        what="evidence"
      />
      {e ? <EvidenceView key={`${e.id}@${e.version}`} evidence={e} /> : null}
    </section>
  );
}

function StaleBanner({ evidence: e }: { evidence: EvidenceDetail }) {
  if (e.staleReason)
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        title="This evidence is stale"
        data-testid="stale-banner"
      >
        {e.staleReason[0]!.toUpperCase() + e.staleReason.slice(1)}. It no longer counts in coverage: upload
        newer evidence or change its dates if they were wrong.
      </Alert>
    );
  if (e.state === "expiring")
    return (
      <Alert color="yellow" variant="light" title="Expires soon" data-testid="expiring-banner">
        It holds until {e.validUntil}. {EVIDENCE_STATE_LABELS.expiring.hint}
      </Alert>
    );
  return null;
}

function EvidenceView({ evidence: e }: { evidence: EvidenceDetail }) {
  const canWrite = useCan("records:write");
  const canReadAudit = useCan("audit:read");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [values, setValues] = useState<EvidenceFormValues>(evidenceValuesOf(e));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = <K extends keyof EvidenceFormValues>(key: K, value: EvidenceFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: async () => {
      const changes = evidenceChanges(e, values);
      return changes ? updateEvidence(e.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (!saved) return notifications.show({ color: "gray", message: "Nothing to save: no field changed." });
      queryClient.setQueryData([...EVIDENCE_KEY, "detail", e.id], saved);
      invalidateEvidence(queryClient);
      notifications.show({ color: "green", message: `Saved ${saved.key} ${saved.title}.` });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, EVIDENCE_KEY, "evidence item")) return;
      setErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });
  const download = useMutation({
    mutationFn: () => downloadEvidence(e),
    onSuccess: (name) => notifications.show({ color: "green", message: `Downloaded ${name}.` }),
    onError: (error) =>
      notifications.show({ color: "red", title: "Download failed", message: messageOf(error) }),
  });
  const remove = useMutation({
    mutationFn: () => deleteEvidence(e.id, e.version),
    onSuccess: () => {
      invalidateEvidence(queryClient);
      notifications.show({ color: "green", message: `Deleted ${e.key} ${e.title}.` });
      void navigate(EVIDENCE_PATH);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const changes = evidenceChanges(e, values) ?? { version: e.version };
    const checked = validateWith(UpdateEvidence, changes);
    const found = checked.ok ? {} : { ...checked.fieldErrors };
    for (const issue of evidenceDateIssues({
      effectiveOn: values.effectiveOn || null,
      validUntil: values.validUntil || null,
    }))
      found[issue.path] ??= "Must be on or after the effective date";
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  }
  const placed = Object.keys(errors).some((k) => k !== "");

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} id="evidence-item-heading">
            {e.key} {e.title}
          </Title>
          <Group gap="xs">
            <EvidenceStateBadge state={e.state} />
            <Text size="sm" c="dimmed">
              {e.kind === "file" ? "File" : "Link"} · updated {formatDateTime(e.updatedAt)} · version{" "}
              {e.version}
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          {e.kind === "file" ? (
            <Button onClick={() => download.mutate()} loading={download.isPending}>
              Download
            </Button>
          ) : (
            <Button component="a" href={e.url ?? undefined} target="_blank" rel="noopener noreferrer">
              Open link
            </Button>
          )}
          {canWrite ? (
            <Button variant="default" color="red" onClick={() => setConfirmDelete(true)}>
              Delete
            </Button>
          ) : null}
        </Group>
      </Group>
      <StaleBanner evidence={e} />
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          {e.kind === "file" ? (
            <>
              <Fact label="File name" value={e.fileName ?? ""} />
              <Fact label="Type and size" value={`${e.contentType ?? ""} · ${sizeLabel(e.sizeBytes)}`} />
              <div style={{ gridColumn: "span 2", minWidth: 0 }}>
                <Text size="xs" c="dimmed">
                  SHA-256
                </Text>
                <Text
                  size="xs"
                  ff="monospace"
                  style={{ wordBreak: "break-all" }}
                  data-testid="evidence-sha256"
                >
                  {e.sha256}
                </Text>
              </div>
            </>
          ) : (
            <div style={{ gridColumn: "span 4", minWidth: 0 }}>
              <Text size="xs" c="dimmed">
                Address
              </Text>
              <Anchor
                href={e.url ?? undefined}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
                style={{ wordBreak: "break-all" }}
              >
                {e.url}
              </Anchor>
            </div>
          )}
        </SimpleGrid>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <form onSubmit={submit} noValidate aria-label="Evidence details">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Details and dates
            </Title>
            {save.isError && !placed ? (
              <FormAlert error={save.error} title="The changes were not saved" />
            ) : null}
            <EvidenceFields
              values={values}
              set={set}
              errors={errors}
              readOnly={!canWrite}
              withUrl={e.kind === "link"}
            />
            {canWrite ? (
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  Save changes
                </Button>
              </Group>
            ) : null}
          </Stack>
        </form>
      </Paper>
      <EvidenceLinksPanel evidence={e} canWrite={canWrite} />
      {canReadAudit ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            History
          </Title>
          <EntityAuditTrail entityType="evidence" entityId={e.id} />
        </Stack>
      ) : null}
      <ConfirmModal
        opened={confirmDelete}
        title={`Delete ${e.key}?`}
        confirmLabel="Delete evidence"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => {
          setConfirmDelete(false);
          remove.reset();
        }}
      >
        {e.links.length
          ? `It supports ${e.links.length} record(s): remove those links first, so nothing loses its evidence without notice.`
          : "The file or link and its dates are removed; the audit trail keeps a record of it."}
      </ConfirmModal>
    </Stack>
  );
}
