import { Anchor, Breadcrumbs, Group, Stack, Tabs, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { DocumentDetails } from "./document-details";
import { DocumentEditor } from "./document-editor";
import { DocumentHistory } from "./document-history";
import { DOCUMENTS_PATH, KIND_LABELS, REVIEW_LABELS, STATUS_LABELS, statusLine } from "./document-labels";
import { DocumentPublications } from "./document-publications";
import { DocumentWorkflow } from "./document-workflow";
import { DOCUMENTS_KEY, getDocument } from "./documents-api";
import { RecordEvidencePanel } from "../evidence/record-evidence-panel";

/** One document (`/governance/documents/:id`): its text, details, approval, history and publications. */
export function DocumentPage() {
  const id = useParams().id ?? "";
  const [tab, setTab] = useState<string | null>("text");
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);
  const query = useQuery({
    queryKey: [...DOCUMENTS_KEY, "detail", id],
    queryFn: ({ signal }) => getDocument(id, signal),
  });
  const doc = query.data;
  const review = doc ? REVIEW_LABELS[doc.reviewState] : null;

  return (
    <section aria-labelledby="document-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={DOCUMENTS_PATH} size="sm">
          Documents
        </Anchor>
        <Text size="sm" ff="monospace">
          {doc?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={doc ? `${doc.key} ${doc.title}` : "Document"}
        order={2}
        id="document-heading"
        description={
          doc ? (
            <Group gap="xs" component="span">
              <StatusBadge color={STATUS_LABELS[doc.status].color}>
                <span data-testid="document-status" data-status={doc.status}>
                  {STATUS_LABELS[doc.status].label}
                </span>
              </StatusBadge>
              <StatusBadge color="blue">{KIND_LABELS[doc.kind]}</StatusBadge>
              {review ? <StatusBadge color={review.color}>{review.label}</StatusBadge> : null}
              <span data-testid="document-status-line">{statusLine(doc)}</span>
              <span>· last changed {formatDateTime(doc.updatedAt)}</span>
            </Group>
          ) : null
        }
      />
      <LoadStatus
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        what="document"
      />
      {doc ? (
        <Stack gap="md">
          <DocumentWorkflow doc={doc} hasUnsavedChanges={dirty} />
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="text">Text</Tabs.Tab>
              <Tabs.Tab value="details">Details and links</Tabs.Tab>
              <Tabs.Tab value="history">History</Tabs.Tab>
              <Tabs.Tab value="publications">Publications</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="text" pt="md">
              <DocumentEditor key={`${doc.id}@${doc.version}`} doc={doc} onDirtyChange={onDirtyChange} />
            </Tabs.Panel>
            <Tabs.Panel value="details" pt="md">
              <DocumentDetails key={`${doc.id}@${doc.version}`} doc={doc} />
              <RecordEvidencePanel
                target={{ targetType: "document", targetId: doc.id }}
                subject="document"
                name={doc.key}
              />
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="md">
              <DocumentHistory doc={doc} />
            </Tabs.Panel>
            <Tabs.Panel value="publications" pt="md">
              <DocumentPublications doc={doc} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      ) : null}
    </section>
  );
}
