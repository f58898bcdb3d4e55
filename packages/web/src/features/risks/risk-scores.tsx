import { Group, Select, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { riskLevel, type RiskMatrixDefinition } from "@openaims/core";
import { LevelBadge } from "./level-badge";
import { APPETITE_LABELS } from "./risk-labels";
import type { RiskFormValues } from "./risk-values";

type ScoreKey = "inherentLikelihood" | "inherentImpact" | "residualLikelihood" | "residualImpact";

/** The level a pair of scores gives on the criteria, or null when off the matrix. */
export function liveLevel(m: RiskMatrixDefinition, likelihood: number, impact: number) {
  try {
    return riskLevel(m, likelihood, impact);
  } catch {
    return null;
  }
}

const options = (points: readonly { label: string }[]) =>
  points.map((p, i) => ({ value: String(i + 1), label: `${i + 1}. ${p.label}` }));

/** Inherent and residual likelihood × impact, labelled with the matrix scales, with the live level. */
export function RiskScores({
  matrix,
  values,
  set,
  errors,
  readOnly,
}: {
  matrix: RiskMatrixDefinition;
  values: RiskFormValues;
  set: <K extends keyof RiskFormValues>(key: K, value: RiskFormValues[K]) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}) {
  const score = (key: ScoreKey, label: string, points: readonly { label: string }[]) => (
    <Select
      label={label}
      data={options(points)}
      value={String(values[key])}
      onChange={(v) => v && set(key, Number(v))}
      allowDeselect={false}
      disabled={readOnly}
      error={errors[key]}
    />
  );
  const pair = (kind: "inherent" | "residual") => {
    const l = kind === "inherent" ? values.inherentLikelihood : values.residualLikelihood;
    const i = kind === "inherent" ? values.inherentImpact : values.residualImpact;
    const level = liveLevel(matrix, l, i);
    return (
      <Stack gap={4}>
        <SimpleGrid cols={2} spacing="sm">
          {score(
            `${kind}Likelihood`,
            kind === "inherent" ? "Inherent likelihood" : "Residual likelihood",
            matrix.likelihood,
          )}
          {score(`${kind}Impact`, kind === "inherent" ? "Inherent impact" : "Residual impact", matrix.impact)}
        </SimpleGrid>
        <Group gap="xs" data-testid={`live-${kind}-level`} data-level={level?.id ?? ""}>
          <Text size="sm">{kind === "inherent" ? "Inherent level:" : "Residual level:"}</Text>
          <LevelBadge level={level} />
          {level ? (
            <Text size="xs" c="dimmed">
              {APPETITE_LABELS[level.appetite] ?? level.appetite}
            </Text>
          ) : null}
        </Group>
      </Stack>
    );
  };
  return (
    <Stack gap="sm">
      {pair("inherent")}
      <Textarea
        label="Existing controls"
        description="What already reduces the risk; the residual scores assume these."
        autosize
        minRows={2}
        readOnly={readOnly}
        value={values.existingControls}
        onChange={(e) => set("existingControls", e.currentTarget.value)}
        error={errors.existingControls}
      />
      {pair("residual")}
      <Text size="xs" c="dimmed">
        The level shown is computed as you pick; the server computes it again when you save.
      </Text>
    </Stack>
  );
}
