import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { canActInBusinessUnit, editBlocker, MAX_DOCUMENT_CHARS, type DocumentView } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { MarkdownView } from "../../components/markdown-view";
import { useCan, useMe } from "../auth/me-context";
import { afterDocumentSaved, updateDocument } from "./documents-api";

type Props = { doc: DocumentView; onDirtyChange: (dirty: boolean) => void };

/**
 * The working copy: Markdown on the left, the rendered text on the right as it will be read. Read-only
 * while in review or retired, or for those who may not write (ISO/IEC 42001 7.5.3).
 */
export function DocumentEditor({ doc, onDirtyChange }: Props) {
  const me = useMe();
  const canWrite = useCan("records:write") && canActInBusinessUnit(me.user, doc.businessUnitId);
  const blocker = editBlocker(doc);
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(doc.title);
  const [content, setContent] = useState(doc.content);
  const [preview] = useDebouncedValue(content, 200);
  const dirty = title !== doc.title || content !== doc.content;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = useMutation({
    mutationFn: () =>
      updateDocument(doc.id, {
        version: doc.version,
        ...(title !== doc.title ? { title: title.trim() } : {}),
        ...(content !== doc.content ? { content } : {}),
      }),
    onSuccess: (d) => {
      afterDocumentSaved(queryClient, d);
      notifications.show({
        color: "green",
        message:
          doc.status === "approved" && d.status === "draft"
            ? `Saved as a new draft; revision ${d.effectiveRevision} stays in force until this one is approved.`
            : `${d.key} saved.`,
      });
    },
  });
  const fieldErrors = isApiError(save.error) ? save.error.fieldErrors : {};

  if (!canWrite || blocker) {
    return (
      <Stack gap="sm">
        {blocker ? (
          <Alert color="gray" variant="light" role="status">
            {blocker}.
          </Alert>
        ) : null}
        <Paper withBorder radius="md" p="lg">
          {doc.content.trim() ? (
            <MarkdownView source={doc.content} testId="document-text" />
          ) : (
            <Text c="dimmed">No text yet.</Text>
          )}
        </Paper>
      </Stack>
    );
  }

  return (
    <form
      aria-label="Document text"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty) save.mutate();
      }}
    >
      <Stack gap="sm">
        {doc.status === "approved" ? (
          <Alert color="blue" variant="light" role="status">
            Revision {doc.effectiveRevision} is in force. Saving a change starts a new draft; the approved
            revision stays in force until the new one is approved.
          </Alert>
        ) : null}
        <TextInput
          label="Title"
          value={title}
          maxLength={300}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldErrors.title}
        />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Textarea
            label="Text (Markdown)"
            description="Headings with #, lists with -, tables with | pipes |. HTML is not rendered."
            autosize
            minRows={18}
            maxRows={40}
            maxLength={MAX_DOCUMENT_CHARS}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
            error={fieldErrors.content}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
          />
          <Stack gap={4}>
            <Title order={3} size="h6" c="dimmed">
              Preview
            </Title>
            <Paper withBorder radius="md" p="md" mah={900} style={{ overflow: "auto" }} data-testid="preview">
              {preview.trim() ? (
                <MarkdownView source={preview} />
              ) : (
                <Text c="dimmed">Nothing to show yet.</Text>
              )}
            </Paper>
          </Stack>
        </SimpleGrid>
        <FormAlert error={save.error && Object.keys(fieldErrors).length === 0 ? save.error : null} />
        <Group gap="sm">
          <Button type="submit" disabled={!dirty} loading={save.isPending}>
            Save text
          </Button>
          {dirty ? (
            <>
              <Button
                variant="subtle"
                color="gray"
                onClick={() => {
                  setTitle(doc.title);
                  setContent(doc.content);
                }}
              >
                Discard changes
              </Button>
              <Text size="sm" c="orange" data-testid="unsaved">
                Unsaved changes
              </Text>
            </>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
