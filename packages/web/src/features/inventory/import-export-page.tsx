import { Button, Code, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { INVENTORY_COLUMNS } from "@openaims/core";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { useCan } from "../auth/me-context";
import { InventoryExportButtons } from "./export-buttons";
import { ImportInventoryModal } from "./import-dialog";

/** Inventory → Import and export: the inventory as CSV or Excel, both ways. */
export function ImportExportPage() {
  const canWrite = useCan("records:write");
  const [importing, setImporting] = useState(false);
  return (
    <section aria-labelledby="import-export-heading">
      <PageHeader
        title="Import and export"
        order={2}
        id="import-export-heading"
        description="Move the inventory in and out as CSV or Excel files: one AI system per row, lists separated by semicolons, yes/no for facts."
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb={4}>
            Export
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Every AI system you may see, with its profile, components and EU risk class. The same layout
            imports back.
          </Text>
          <InventoryExportButtons />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" wrap="wrap" mb={4}>
            <Title order={3} size="h5">
              Import
            </Title>
            {canWrite ? <Button onClick={() => setImporting(true)}>Import AI systems</Button> : null}
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {canWrite
              ? "Every row is checked first and its problems listed by row and column. Then import all rows (only when every row is valid) or only the valid rows."
              : "Your role cannot import AI systems."}
          </Text>
          <Text size="sm" mb={4}>
            Columns:
          </Text>
          <Group gap={6}>
            {INVENTORY_COLUMNS.map((c) => (
              <Code key={c}>{c}</Code>
            ))}
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            <Code>key</Code> and <Code>euRiskClass</Code> are ignored on import: keys are given and classes
            computed by OpenAIMS. <Code>businessUnit</Code> is a key or name, <Code>owner</Code> an email.
          </Text>
        </Paper>
      </Stack>
      {importing ? <ImportInventoryModal onClose={() => setImporting(false)} /> : null}
    </section>
  );
}
