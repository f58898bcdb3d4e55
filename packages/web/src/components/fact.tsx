import { Text } from "@mantine/core";

/** A labelled value in a record's summary ("Purpose: …"); "—" when empty. */
export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {value || "—"}
      </Text>
    </div>
  );
}
