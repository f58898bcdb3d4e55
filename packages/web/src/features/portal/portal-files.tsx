import { Anchor, Button, FileButton, Group, Stack, Text } from "@mantine/core";
import {
  EVIDENCE_FILE_EXTENSIONS,
  MAX_FILES_PER_ANSWER,
  type PortalFile,
  type VqQuestion,
} from "@openaims/core";
import { useMutation } from "@tanstack/react-query";
import { isApiError, messageOf } from "../../api/errors";
import { formatDateTime } from "../../lib/format";
import { portalApi } from "./portal-client";
import { fileSizeText } from "./portal-state";

const ACCEPT = EVIDENCE_FILE_EXTENSIONS.map((e) => `.${e}`).join(",");

type Props = {
  token: string;
  question: VqQuestion;
  files: readonly PortalFile[];
  /** Uploads and removals are allowed now. */
  editable: boolean;
  /** Files submitted before (uploadedAt ≤ this) stay: the reviewer has seen them. */
  submittedAt: string | null;
  onChanged: () => void;
  onRefused: (error: unknown) => void;
};

/** The files answering one file question: upload, list, remove (ISO/IEC 42001 A.10.3 evidence). */
export function PortalFileQuestion({
  token,
  question: q,
  files,
  editable,
  submittedAt,
  onChanged,
  onRefused,
}: Props) {
  const fail = (error: unknown) => {
    // Only a dead link ends the page; other errors (too many requests) show under the question.
    if (isApiError(error) && error.status === 401) onRefused(error);
  };
  const upload = useMutation({
    mutationFn: (file: File) => portalApi.upload(token, q.id, file),
    onSuccess: onChanged,
    onError: fail,
  });
  const remove = useMutation({
    mutationFn: (fileId: string) => portalApi.removeFile(token, fileId),
    onSuccess: onChanged,
    onError: fail,
  });
  const error = upload.error ?? remove.error;
  return (
    <Stack gap={6} data-testid={`files-${q.id}`}>
      {files.length === 0 ? (
        <Text size="sm" c="dimmed">
          No file uploaded yet.
        </Text>
      ) : (
        files.map((f) => {
          const fixed = submittedAt !== null && f.uploadedAt <= submittedAt;
          return (
            <Group key={f.id} gap="xs" data-testid="portal-file">
              <Text size="sm" fw={500}>
                {f.fileName}
              </Text>
              <Text size="xs" c="dimmed">
                {fileSizeText(f.sizeBytes)} · {formatDateTime(f.uploadedAt)}
              </Text>
              {editable && !fixed ? (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  c="red"
                  onClick={() => remove.mutate(f.id)}
                  aria-label={`Remove ${f.fileName}`}
                >
                  Remove
                </Anchor>
              ) : null}
            </Group>
          );
        })
      )}
      {editable ? (
        <Group gap="xs">
          <FileButton
            onChange={(file) => file && upload.mutate(file)}
            accept={ACCEPT}
            inputProps={
              { "aria-label": `Upload a file for: ${q.text}`, "data-testid": `upload-${q.id}` } as object
            }
            disabled={upload.isPending || files.length >= MAX_FILES_PER_ANSWER}
          >
            {(props) => (
              <Button {...props} size="xs" variant="light" loading={upload.isPending}>
                Upload a file
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            PDF, office documents, images or text; up to {MAX_FILES_PER_ANSWER} files.
          </Text>
        </Group>
      ) : null}
      {error ? (
        <Text size="xs" c="red" role="alert">
          {messageOf(error)}
        </Text>
      ) : null}
    </Stack>
  );
}
