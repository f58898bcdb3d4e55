import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { messageOf } from "../../api/errors";
import { exportInventory, type InventoryFileFormat } from "./inventory-api";

const FORMATS: { format: InventoryFileFormat; label: string }[] = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "XLSX" },
];

/** "Export: CSV XLSX" — the whole inventory (that the person may see) as a file. */
export function InventoryExportButtons() {
  const download = useMutation({
    mutationFn: exportInventory,
    onSuccess: (name) => notifications.show({ color: "green", message: `Downloaded ${name}.` }),
    onError: (error) =>
      notifications.show({ color: "red", title: "Export failed", message: messageOf(error) }),
  });
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label="Export the inventory">
      <Text size="sm" c="dimmed">
        Export
      </Text>
      {FORMATS.map((f) => (
        <Button
          key={f.format}
          size="xs"
          variant="default"
          loading={download.isPending && download.variables === f.format}
          disabled={download.isPending && download.variables !== f.format}
          onClick={() => download.mutate(f.format)}
          aria-label={`Export the inventory as ${f.label}`}
        >
          {f.label}
        </Button>
      ))}
    </Group>
  );
}
