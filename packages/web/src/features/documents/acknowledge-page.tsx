import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { MarkdownView } from "../../components/markdown-view";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { formatDate, formatDateTime } from "../../lib/format";
import { ACKNOWLEDGEMENTS_PATH, KIND_LABELS } from "./document-labels";
import { ACKNOWLEDGEMENTS_KEY, acknowledge, getMyAcknowledgement } from "./documents-api";

/** Reading a published document and confirming it was read and understood (ISO/IEC 42001 7.3). */
export function AcknowledgePage() {
  const publicationId = useParams().publicationId ?? "";
  const queryClient = useQueryClient();
  const key = [...ACKNOWLEDGEMENTS_KEY, "one", publicationId];
  const item = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => getMyAcknowledgement(publicationId, signal),
  });
  const confirm = useMutation({
    mutationFn: () => acknowledge(publicationId),
    onSuccess: (a) => {
      queryClient.setQueryData(key, a);
      void queryClient.invalidateQueries({ queryKey: [...ACKNOWLEDGEMENTS_KEY, "mine"] });
      void queryClient.invalidateQueries({ queryKey: ["inbox"] });
      notifications.show({
        color: "green",
        message: `Thank you: your acknowledgement of ${a.documentKey} is recorded.`,
      });
    },
  });
  const a = item.data;
  return (
    <section aria-labelledby="acknowledge-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={ACKNOWLEDGEMENTS_PATH} size="sm">
          Acknowledgements
        </Anchor>
        <Text size="sm" ff="monospace">
          {a?.documentKey ?? "…"}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={a ? `${a.documentKey} ${a.title}` : "Document to read"}
        order={2}
        id="acknowledge-heading"
        description={
          a
            ? `${KIND_LABELS[a.kind]}, revision ${a.revisionNumber}, published ${formatDate(a.publishedAt)}${a.dueOn ? `; please acknowledge by ${formatDate(a.dueOn)}` : ""}.`
            : null
        }
      />
      <LoadStatus
        isLoading={item.isLoading}
        error={item.error}
        onRetry={() => void item.refetch()}
        what="document"
      />
      {a ? (
        <Stack gap="md">
          {a.note ? (
            <Alert color="blue" variant="light" title="Message from the publisher">
              {a.note}
            </Alert>
          ) : null}
          <Paper withBorder radius="md" p="lg">
            <MarkdownView source={a.content} testId="document-to-read" />
          </Paper>
          <FormAlert error={confirm.error} />
          {a.status === "acknowledged" ? (
            <Alert color="green" variant="light" role="status" data-testid="acknowledged">
              You acknowledged this revision on {formatDateTime(a.acknowledgedAt)}.
            </Alert>
          ) : (
            <Group>
              <Button size="md" color="green" loading={confirm.isPending} onClick={() => confirm.mutate()}>
                I have read and understood
              </Button>
              {a.isOverdue ? (
                <Text size="sm" c="red">
                  This was due on {formatDate(a.dueOn)}.
                </Text>
              ) : null}
            </Group>
          )}
        </Stack>
      ) : null}
    </section>
  );
}
