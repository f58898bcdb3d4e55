import { Anchor, Badge, Button, Group, Modal, Paper, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { LoadStatus } from "../../components/query-state";
import { cadenceText, KIND_LABELS, documentPath } from "./document-labels";
import {
  DOCUMENTS_KEY,
  adoptDocumentTemplate,
  afterDocumentSaved,
  listDocumentTemplates,
} from "./documents-api";

/**
 * The starter set written for OpenAIMS (AI policy and the main procedures): each is adopted once as
 * a draft of your own, to edit and approve.
 */
export function StarterDocumentsModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const templates = useQuery({
    queryKey: [...DOCUMENTS_KEY, "templates"],
    queryFn: ({ signal }) => listDocumentTemplates(signal),
  });
  const adopt = useMutation({
    mutationFn: (code: string) => adoptDocumentTemplate(code),
    onSuccess: (d) => {
      afterDocumentSaved(queryClient, d);
      void queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, "templates"] });
      onClose();
      void navigate(documentPath(d.id));
    },
  });
  const items = templates.data?.items ?? [];
  return (
    <Modal opened onClose={onClose} title="Adopt from the starter set" centered size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          Ready-made documents covering the AI policy (ISO/IEC 42001 5.2) and the procedures the standard
          expects. Adopting one creates a draft you own: replace the placeholders, then submit it for
          approval.
        </Text>
        <LoadStatus
          isLoading={templates.isLoading}
          error={templates.error}
          onRetry={() => void templates.refetch()}
          what="starter set"
        />
        {templates.data && items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No starter documents are installed.
          </Text>
        ) : null}
        <FormAlert error={adopt.error} />
        {items.map((t) => (
          <Paper key={t.code} withBorder radius="md" p="sm" data-testid={`template-${t.code}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600}>{t.title}</Text>
                  <Badge variant="light" tt="none">
                    {KIND_LABELS[t.kind]}
                  </Badge>
                </Group>
                <Text size="sm">{t.summary}</Text>
                <Text size="xs" c="dimmed">
                  Review {cadenceText(t.reviewEveryMonths)} · addresses {t.requirements.length} requirement
                  {t.requirements.length === 1 ? "" : "s"}
                </Text>
              </Stack>
              {t.adoptedAs ? (
                <Anchor
                  component={Link}
                  to={documentPath(t.adoptedAs.id)}
                  size="sm"
                  onClick={onClose}
                  style={{ whiteSpace: "nowrap" }}
                >
                  Adopted as {t.adoptedAs.key}
                </Anchor>
              ) : (
                <Button
                  size="compact-sm"
                  aria-label={`Adopt ${t.title}`}
                  loading={adopt.isPending && adopt.variables === t.code}
                  disabled={adopt.isPending}
                  onClick={() => adopt.mutate(t.code)}
                >
                  Adopt
                </Button>
              )}
            </Group>
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
