import { Paper, SegmentedControl, Group, Text, Title, Tooltip, Box } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LoadStatus } from "../../components/query-state";
import { heatMapRows, textOn } from "./heat-map";
import { RISKS_KEY, getHeatMap, useRiskMatrix, type HeatMapKind } from "./risks-api";

const CELL = 56;

/** A heat-map cell chosen to filter the register by. */
export type HeatCell = { kind: HeatMapKind; likelihood: number; impact: number };

/**
 * Open risks per likelihood × impact cell, each cell in its band colour; inherent or residual.
 * With `onSelect`, a click (or Enter) on a cell filters the register to the risks it counts.
 */
export function HeatMapView({
  aiSystemId,
  selected,
  onSelect,
}: {
  aiSystemId?: string;
  selected?: HeatCell | null;
  onSelect?: (cell: HeatCell | null) => void;
}) {
  const [kind, setKind] = useState<HeatMapKind>("residual");
  const matrix = useRiskMatrix();
  const heat = useQuery({
    queryKey: [...RISKS_KEY, "heat-map", kind, aiSystemId ?? null],
    queryFn: ({ signal }) => getHeatMap(kind, aiSystemId, signal),
  });
  const def = matrix.data?.definition;
  const rows = def && heat.data ? heatMapRows(def, heat.data.counts) : [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="heat-map" data-kind={kind}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h5" id="heat-map-heading">
          Heat map
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Heat map of"
          value={kind}
          onChange={(v) => setKind(v as HeatMapKind)}
          data={[
            { value: "residual", label: "Residual" },
            { value: "inherent", label: "Inherent" },
          ]}
        />
      </Group>
      <LoadStatus
        isLoading={matrix.isLoading || heat.isLoading}
        error={matrix.error ?? heat.error}
        onRetry={() => void heat.refetch()}
        what="heat map"
      />
      {def && heat.data ? (
        <Box style={{ overflowX: "auto" }}>
          <table aria-labelledby="heat-map-heading" style={{ borderCollapse: "separate", borderSpacing: 3 }}>
            <caption style={{ captionSide: "bottom", textAlign: "left" }}>
              <Text size="xs" c="dimmed">
                {heat.data.total} open risks, {kind} scores, criteria version {heat.data.matrixVersion}. Rows:
                likelihood; columns: impact.
              </Text>
            </caption>
            <thead>
              <tr>
                <th />
                {def.impact.map((p, i) => (
                  <th key={i} scope="col" style={{ width: CELL }}>
                    <Text size="xs" fw={500} ta="center">
                      {i + 1}. {p.label}
                    </Text>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.likelihood}>
                  <th scope="row" style={{ textAlign: "right", paddingRight: 6 }}>
                    <Text size="xs" fw={500}>
                      {row.likelihood}. {row.label}
                    </Text>
                  </th>
                  {row.cells.map((c) => {
                    const isSelected =
                      selected?.kind === kind &&
                      selected.likelihood === c.likelihood &&
                      selected.impact === c.impact;
                    const choose = () =>
                      onSelect?.(isSelected ? null : { kind, likelihood: c.likelihood, impact: c.impact });
                    return (
                      <Tooltip
                        key={c.impact}
                        label={`Likelihood ${c.likelihood}, impact ${c.impact}: ${c.levelLabel}, ${c.count} risks${onSelect ? (isSelected ? " (click to clear)" : " (click to list them)") : ""}`}
                      >
                        <td
                          data-testid={`heat-cell-${c.likelihood}-${c.impact}`}
                          data-count={c.count}
                          data-selected={isSelected}
                          role={onSelect ? "button" : undefined}
                          tabIndex={onSelect ? 0 : undefined}
                          aria-pressed={onSelect ? isSelected : undefined}
                          aria-label={
                            onSelect
                              ? `${kind} likelihood ${c.likelihood}, impact ${c.impact}: ${c.count} risks`
                              : undefined
                          }
                          onClick={onSelect ? choose : undefined}
                          onKeyDown={
                            onSelect
                              ? (e) => {
                                  if (e.key === "Enter" || e.key === " ") {
                                    e.preventDefault();
                                    choose();
                                  }
                                }
                              : undefined
                          }
                          style={{
                            cursor: onSelect ? "pointer" : undefined,
                            outline: isSelected ? "3px solid var(--mantine-color-blue-6)" : undefined,
                            outlineOffset: 1,
                            background: c.color,
                            color: textOn(c.color),
                            width: CELL,
                            height: 40,
                            textAlign: "center",
                            fontWeight: 700,
                            borderRadius: 4,
                            opacity: c.count ? 1 : 0.55,
                          }}
                        >
                          {c.count || ""}
                        </td>
                      </Tooltip>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      ) : null}
    </Paper>
  );
}
