import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Modal,
  ScrollArea,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { INVENTORY_COLUMNS } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { AI_SYSTEMS_KEY, importInventory, type ImportMode, type InventoryFileFormat } from "./inventory-api";
import {
  bytesToBase64,
  formatOfInventoryFile,
  groupImportErrors,
  importChoices,
  importErrorsOfFailure,
  previewSummary,
  type RowProblems,
} from "./import-preview";

type Loaded = { format: InventoryFileFormat; content: string };

/** The problems of a file, one table row per problem, grouped by row of the file. */
export function ImportProblemsTable({ rows }: { rows: readonly RowProblems[] }) {
  return (
    <ScrollArea.Autosize mah={320} type="auto">
      <Table verticalSpacing={4} withTableBorder layout="fixed" data-testid="import-problems">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>Row</Table.Th>
            <Table.Th w={230}>Column</Table.Th>
            <Table.Th>Problem</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Fragment key={r.row}>
              {r.problems.map((p, i) => (
                <Table.Tr
                  key={`${r.row}-${i}`}
                  data-testid="import-problem"
                  data-row={r.row}
                  data-column={p.column}
                >
                  {i === 0 ? (
                    <Table.Td rowSpan={r.problems.length} fw={600} style={{ verticalAlign: "top" }}>
                      {r.row}
                    </Table.Td>
                  ) : null}
                  <Table.Td>{p.column ? <Code>{p.column}</Code> : "—"}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                      {p.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** Import AI systems from CSV or XLSX: check every row first, then write all of them, or only the valid ones. */
export function ImportInventoryModal({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const preview = useMutation({ mutationFn: (l: Loaded) => importInventory({ ...l, mode: "preview" }) });
  const write = useMutation({
    mutationFn: (mode: ImportMode) => importInventory({ ...loaded!, mode }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: AI_SYSTEMS_KEY }),
  });

  async function pick(picked: File | null) {
    setFile(picked);
    setLoaded(null);
    setReadError(null);
    preview.reset();
    write.reset();
    if (!picked) return;
    const format = formatOfInventoryFile(picked.name);
    if (!format) return setReadError("Choose a .csv or .xlsx file.");
    try {
      const content =
        format === "csv" ? await picked.text() : bytesToBase64(new Uint8Array(await picked.arrayBuffer()));
      const next = { format, content };
      setLoaded(next);
      preview.mutate(next);
    } catch {
      setReadError(`Could not read ${picked.name}.`);
    }
  }

  const result = preview.data;
  const failure = write.error && isApiError(write.error, "VALIDATION_FAILED") ? write.error : null;
  const problems = groupImportErrors(
    failure ? importErrorsOfFailure(failure.details) : (result?.errors ?? []),
    INVENTORY_COLUMNS,
  );
  const choices = result ? importChoices(result) : { all: false, validOnly: false };
  const done = write.data;

  return (
    <Modal opened onClose={onClose} title="Import AI systems" size="xl" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          A CSV or Excel file with one AI system per row, in the layout of the export (see the user guide,
          “Inventory and intake”, for the columns). Every row is checked first; nothing is written until you
          choose.
        </Text>
        <FileInput
          label="File"
          placeholder="Choose a .csv or .xlsx file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => void pick(f)}
          clearable
          error={readError}
        />
        {preview.isPending ? <Text size="sm">Checking the rows…</Text> : null}
        {preview.isError ? <FormAlert error={preview.error} title="The file could not be checked" /> : null}
        {result && !done ? (
          <Alert
            color={result.invalid ? "yellow" : "green"}
            variant="light"
            title={previewSummary(result)}
            data-testid="import-preview"
            data-valid={result.valid}
            data-invalid={result.invalid}
          >
            {result.invalid
              ? "Fix the rows below and choose the file again, or import only the valid rows."
              : "Every row can be imported."}
          </Alert>
        ) : null}
        {problems.length && !done ? <ImportProblemsTable rows={problems} /> : null}
        {write.isError && !failure ? <FormAlert error={write.error} /> : null}
        {failure ? (
          <Text size="sm" c="red">
            {messageOf(failure)}
          </Text>
        ) : null}
        {done ? (
          <Alert color="green" variant="light" title="Imported" role="status" data-testid="import-done">
            <Text size="sm">
              Created {done.created.length} {done.created.length === 1 ? "AI system" : "AI systems"}
              {done.invalid ? `; ${done.invalid} rows with problems were skipped` : ""}.
            </Text>
            {done.created.length ? (
              <List size="sm" mt={4}>
                <List.Item>{done.created.join(", ")}</List.Item>
              </List>
            ) : null}
            <Anchor component="button" type="button" size="sm" onClick={onClose} mt={4}>
              Back to the inventory
            </Anchor>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {done ? "Close" : "Cancel"}
          </Button>
          {!done ? (
            <>
              <Button
                variant="light"
                disabled={!choices.validOnly || write.isPending}
                loading={write.isPending && write.variables === "valid-only"}
                onClick={() => write.mutate("valid-only")}
              >
                Import valid rows only{result && choices.validOnly ? ` (${result.valid})` : ""}
              </Button>
              <Button
                disabled={!choices.all || write.isPending}
                loading={write.isPending && write.variables === "all"}
                onClick={() => write.mutate("all")}
              >
                Import all{result && choices.all ? ` ${result.rows}` : ""}
              </Button>
            </>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
