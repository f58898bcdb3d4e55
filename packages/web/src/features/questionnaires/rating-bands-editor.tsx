import { Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import type { RatingBands } from "@openaims/core";
import type { Edit } from "./question-editor";
import { RATING_LABELS } from "./questionnaire-labels";

type Props = { bands: RatingBands; edit: Edit; readOnly: boolean; error?: string | undefined };

const BANDS = ["low", "medium", "high"] as const;

/**
 * The lowest score (0–100) that still earns each risk rating; a score below the high band rates the
 * vendor critical. The rating is a proposal: the reviewer accepts it (ISO/IEC 42001 A.10.3).
 */
export function RatingBandsEditor({ bands, edit, readOnly, error }: Props) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rating-bands-heading">
      <Stack gap="xs">
        <Title order={3} size="h4" id="rating-bands-heading">
          Rating bands
        </Title>
        <Text size="sm" c="dimmed">
          The lowest score (0–100) that still earns each rating. Bands must fall from low to high risk; below
          the high band the vendor rates as critical risk.
        </Text>
        <Group gap="md" align="flex-start">
          {BANDS.map((b) => (
            <NumberInput
              key={b}
              label={`${RATING_LABELS[b].label} from`}
              value={bands[b]}
              min={0}
              max={100}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              readOnly={readOnly}
              w={150}
              onChange={(v) => {
                const n = typeof v === "number" && Number.isFinite(v) ? Math.round(v) : 0;
                edit((c) => ({ ...c, ratingBands: { ...c.ratingBands, [b]: n } }));
              }}
            />
          ))}
          <Stack gap={2} pt={28}>
            <Text size="sm">
              {RATING_LABELS.critical.label} below {bands.high}
            </Text>
          </Stack>
        </Group>
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
