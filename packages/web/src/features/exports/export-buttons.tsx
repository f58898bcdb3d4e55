import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "@tanstack/react-query";
import { downloadFile } from "../../api/download";
import { messageOf } from "../../api/errors";
import type { QueryValue } from "../../api/query-string";
import { exportQuery, fallbackFileName, FORMAT_LABELS, type ExportFormat } from "./export-formats";

export type ExportButtonsProps = {
  /** The export endpoint, e.g. `/api/v1/risks/export`. */
  url: string;
  formats: readonly ExportFormat[];
  /** What is exported, for screen readers and the buttons' titles: "the risk register". */
  label: string;
  /** Filters to apply (paging is dropped: the file holds everything that matches). */
  query?: Readonly<Record<string, QueryValue>>;
};

/**
 * "Export: XLSX PDF" — downloads a report through the person's session; a failure shows as a
 * notification rather than an error page. Used on the risk register, the SoA and assessments.
 */
export function ExportButtons({ url, formats, label, query = {} }: ExportButtonsProps) {
  const download = useMutation({
    mutationFn: (format: ExportFormat) =>
      downloadFile(url, exportQuery(query, format), fallbackFileName(url, format)),
    onSuccess: (name) => notifications.show({ color: "green", message: `Downloaded ${name}.` }),
    onError: (error) =>
      notifications.show({ color: "red", title: "Export failed", message: messageOf(error) }),
  });
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={`Export ${label}`}>
      <Text size="sm" c="dimmed">
        Export
      </Text>
      {formats.map((format) => (
        <Button
          key={format}
          size="xs"
          variant="default"
          loading={download.isPending && download.variables === format}
          disabled={download.isPending && download.variables !== format}
          onClick={() => download.mutate(format)}
          aria-label={`Export ${label} as ${FORMAT_LABELS[format]}`}
          title={`Export ${label} as ${FORMAT_LABELS[format]}`}
        >
          {FORMAT_LABELS[format]}
        </Button>
      ))}
    </Group>
  );
}
