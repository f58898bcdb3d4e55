import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { isMissingRoute, messageOf } from "../../api/errors";
import { EXPORT_FORMATS, type ExportFormat } from "./frameworks-api";

/** "Export: CSV YAML JSON OSCAL" — downloads a framework or crosswalk in the chosen format. */
export function ExportButtons({
  what,
  onExport,
}: {
  /** "ISO/IEC 42001", for the buttons' accessible names. */
  what: string;
  onExport: (format: ExportFormat) => Promise<string>;
}) {
  const download = useMutation({
    mutationFn: onExport,
    onSuccess: (name) => notifications.show({ color: "green", message: `Downloaded ${name}.` }),
    onError: (error) =>
      notifications.show({
        color: "red",
        title: "Export failed",
        message: isMissingRoute(error)
          ? "This server cannot export catalogs yet (its export endpoint is missing)."
          : messageOf(error),
      }),
  });
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={`Export ${what}`}>
      <Text size="sm" c="dimmed">
        Export
      </Text>
      {EXPORT_FORMATS.map((f) => (
        <Button
          key={f.format}
          size="xs"
          variant="default"
          loading={download.isPending && download.variables === f.format}
          disabled={download.isPending && download.variables !== f.format}
          onClick={() => download.mutate(f.format)}
          aria-label={`Export ${what} as ${f.label}`}
        >
          {f.label}
        </Button>
      ))}
    </Group>
  );
}
