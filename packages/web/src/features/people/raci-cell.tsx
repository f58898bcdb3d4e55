import { Badge, Group, Text, UnstyledButton } from "@mantine/core";
import {
  RESPONSIBILITIES,
  RESPONSIBILITY_NAMES,
  type RaciColumn,
  type RaciRow,
  type Responsibility,
} from "@openaims/core";
import { RESPONSIBILITY_COLORS, lettersOf, toggleLetter } from "./people-values";

type Props = {
  row: RaciRow;
  column: RaciColumn;
  canWrite: boolean;
  isSaving: boolean;
  onChange: (letters: Responsibility[]) => void;
};

/**
 * One cell of the RACI matrix: four small toggles (R, A, C, I) for writers, the letters held for
 * readers. A cell may hold several letters (an accountable person is often responsible too).
 */
export function RaciCell({ row, column, canWrite, isSaving, onChange }: Props) {
  const letters = lettersOf(row, column);
  if (!canWrite) {
    return letters.length === 0 ? (
      <Text size="xs" c="dimmed" ta="center">
        ·
      </Text>
    ) : (
      <Group gap={2} justify="center" wrap="nowrap">
        {letters.map((l) => (
          <Badge key={l} size="sm" color={RESPONSIBILITY_COLORS[l]} title={RESPONSIBILITY_NAMES[l]}>
            {l}
          </Badge>
        ))}
      </Group>
    );
  }
  return (
    <Group gap={2} justify="center" wrap="nowrap" opacity={isSaving ? 0.5 : 1}>
      {RESPONSIBILITIES.map((l) => {
        const isOn = letters.includes(l);
        return (
          <UnstyledButton
            key={l}
            disabled={isSaving}
            aria-pressed={isOn}
            aria-label={`${RESPONSIBILITY_NAMES[l]}: ${column.name} for ${row.name}`}
            title={`${RESPONSIBILITY_NAMES[l]}`}
            onClick={() => onChange(toggleLetter(letters, l))}
            data-testid={`raci-${row.subjectId}-${column.assigneeId}-${l}`}
            style={{
              width: 22,
              height: 22,
              borderRadius: 4,
              fontSize: 12,
              fontWeight: 700,
              textAlign: "center",
              lineHeight: "22px",
              color: isOn ? "white" : "var(--mantine-color-dimmed)",
              background: isOn ? `var(--mantine-color-${RESPONSIBILITY_COLORS[l]}-filled)` : "transparent",
              border: `1px solid ${isOn ? "transparent" : "var(--mantine-color-default-border)"}`,
            }}
          >
            {l}
          </UnstyledButton>
        );
      })}
    </Group>
  );
}
