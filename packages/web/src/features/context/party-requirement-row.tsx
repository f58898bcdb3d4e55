import { Checkbox, CloseButton, Group, MultiSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import type { RequirementDraft } from "./party-requirements";

export type AnnexAOption = { value: string; label: string };

/**
 * One requirement of an interested party (ISO/IEC 42001 4.2 b, c): what they require, whether and how
 * the AIMS addresses it, and the Annex A controls it calls for (cited in the SoA, 6.1.3 d).
 */
export function PartyRequirementRow({
  index,
  row,
  annexA,
  annexALoading,
  error,
  readOnly,
  onChange,
  onRemove,
}: {
  index: number;
  row: RequirementDraft;
  annexA: readonly AnnexAOption[];
  annexALoading: boolean;
  error?: string;
  readOnly: boolean;
  onChange: (patch: Partial<RequirementDraft>) => void;
  onRemove: (() => void) | null;
}) {
  const n = index + 1;
  // Keep chosen controls visible even before (or without) the catalog loading.
  const options = [...annexA];
  for (const key of row.annexA)
    if (!options.some((o) => o.value === key))
      options.push({ value: key, label: key.split("/").pop() ?? key });
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`party-requirement-${n}`}>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <Checkbox
          mt={8}
          aria-label={`Requirement ${n} is addressed`}
          checked={row.addressed}
          disabled={readOnly}
          onChange={(e) => onChange({ addressed: e.currentTarget.checked })}
        />
        <Stack gap={6} style={{ flex: 1 }}>
          <TextInput
            aria-label={`Requirement ${n}`}
            placeholder="What they require"
            readOnly={readOnly}
            value={row.text}
            onChange={(e) => onChange({ text: e.currentTarget.value })}
          />
          <TextInput
            aria-label={`How requirement ${n} is addressed`}
            placeholder={row.addressed ? "How the AIMS addresses it" : "Not addressed yet"}
            size="xs"
            readOnly={readOnly}
            value={row.how}
            onChange={(e) => onChange({ how: e.currentTarget.value })}
          />
          <MultiSelect
            label="Annex A controls this requirement calls for"
            aria-label={`Annex A controls requirement ${n} calls for`}
            placeholder={row.annexA.length ? undefined : readOnly ? "None" : "Pick Annex A controls"}
            size="xs"
            searchable
            clearable={!readOnly}
            data={options}
            value={row.annexA}
            onChange={(annexA) => onChange({ annexA })}
            disabled={readOnly}
            nothingFoundMessage={annexALoading ? "Loading…" : "No Annex A control matches"}
            maxValues={38}
          />
          {error ? (
            <Text size="xs" c="red" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
        {onRemove ? <CloseButton mt={6} aria-label={`Remove requirement ${n}`} onClick={onRemove} /> : null}
      </Group>
    </Paper>
  );
}
