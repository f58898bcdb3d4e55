import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { isApiError, isMissingRoute, messageOf } from "../../api/errors";
import { CROSSWALKS_KEY } from "../crosswalks/crosswalks-api";
import {
  formatOfFileName,
  guessFormatOfContent,
  importIssues,
  importSummary,
  type CatalogFileFormat,
  type CatalogImportResult,
} from "./catalog-import";
import { frameworkPath } from "./framework-paths";
import { FRAMEWORKS_KEY, importCatalog } from "./frameworks-api";

const FORMATS = [
  { value: "csv", label: "CSV" },
  { value: "yaml", label: "YAML" },
  { value: "json", label: "JSON" },
];

/** Import a framework or a crosswalk from a CSV, YAML or JSON file (or pasted text). */
export function ImportCatalogModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState("");
  const [format, setFormat] = useState<CatalogFileFormat>("csv");
  const [replace, setReplace] = useState(false);
  const [readError, setReadError] = useState<string | null>(null);

  const run = useMutation({
    mutationFn: () => importCatalog({ format, content, replace }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: FRAMEWORKS_KEY });
      void queryClient.invalidateQueries({ queryKey: CROSSWALKS_KEY });
    },
  });

  async function pickFile(picked: File | null) {
    setFile(picked);
    setReadError(null);
    run.reset();
    if (!picked) return;
    const byName = formatOfFileName(picked.name);
    try {
      const text = await picked.text();
      setContent(text);
      setFormat(byName ?? guessFormatOfContent(text) ?? format);
    } catch {
      setReadError(`Could not read ${picked.name}.`);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (content.trim()) run.mutate();
  }

  return (
    <Modal opened onClose={onClose} title="Import framework or crosswalk" size="xl" centered>
      <form onSubmit={submit} noValidate aria-label="Import framework or crosswalk">
        <Stack>
          <Text size="sm" c="dimmed">
            A file in the format of{" "}
            <Text span ff="monospace">
              catalogs/
            </Text>{" "}
            (CSV, YAML or JSON). OpenAIMS works out from its content whether it holds a framework or a
            crosswalk. See the user guide, “Catalog files”, for the columns.
          </Text>
          <FileInput
            label="File"
            placeholder="Choose a .csv, .yaml or .json file"
            accept=".csv,.yaml,.yml,.json,text/csv,application/json,application/yaml,text/yaml"
            value={file}
            onChange={(f) => void pickFile(f)}
            clearable
            error={readError}
          />
          <Textarea
            label="Content"
            description="Filled in from the file; you can also paste the content here."
            autosize
            minRows={6}
            maxRows={14}
            value={content}
            onChange={(e) => {
              const text = e.currentTarget.value;
              setContent(text);
              if (!file) setFormat(guessFormatOfContent(text) ?? format);
              run.reset();
            }}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } }}
          />
          <Group gap="md" align="center">
            <Text size="sm" fw={500} id="import-format-label">
              Format
            </Text>
            <SegmentedControl
              aria-labelledby="import-format-label"
              data={FORMATS}
              value={format}
              onChange={(v) => setFormat(v as CatalogFileFormat)}
            />
          </Group>
          <Checkbox
            label="Replace an existing custom framework or crosswalk with the same reference"
            description="Built-in catalogs are never replaced."
            checked={replace}
            onChange={(e) => setReplace(e.currentTarget.checked)}
          />
          {run.isSuccess ? <ImportSuccess result={run.data} onClose={onClose} /> : null}
          {run.isError ? <ImportFailure error={run.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {run.isSuccess ? "Close" : "Cancel"}
            </Button>
            <Button type="submit" loading={run.isPending} disabled={!content.trim()}>
              Import
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ImportSuccess({ result, onClose }: { result: CatalogImportResult; onClose: () => void }) {
  return (
    <Alert color="green" variant="light" title="Imported" role="status" data-testid="import-result">
      {importSummary(result)}{" "}
      {result.kind === "framework" ? (
        <Anchor component={Link} to={frameworkPath(result.ref)} onClick={onClose}>
          Open it
        </Anchor>
      ) : null}
    </Alert>
  );
}

function ImportFailure({ error }: { error: unknown }) {
  const issues = importIssues(error);
  const title = isMissingRoute(error)
    ? "Importing is not available on this server yet"
    : isApiError(error, "VALIDATION_FAILED")
      ? "The file was not imported"
      : "That did not work";
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="import-error">
      {isMissingRoute(error) ? (
        <Text size="sm">The server has no catalog import endpoint. Update OpenAIMS and try again.</Text>
      ) : (
        <Text size="sm">{messageOf(error)}</Text>
      )}
      {issues.length ? (
        <List size="sm" mt="xs" spacing={2} data-testid="import-issues">
          {issues.map((issue, i) => (
            <List.Item key={i}>
              {issue.label ? <strong>{issue.label}: </strong> : null}
              {issue.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
