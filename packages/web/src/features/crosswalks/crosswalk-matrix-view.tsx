import { Anchor, Group, Paper, Text } from "@mantine/core";
import type { CrosswalkEntryView } from "@openaims/core";
import { Fragment, useState } from "react";
import { Link } from "react-router";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import { cellKey, type CrosswalkMatrix } from "./crosswalk-matrix";
import { CrosswalkEntryCard } from "./crosswalk-entry-card";
import { RELATIONSHIP_INFO } from "./relationships";
import classes from "./crosswalks.module.css";

type Props = { matrix: CrosswalkMatrix; fromLabel: string; toLabel: string };

/**
 * The crosswalk as a grid: requirements of `from` down, of `to` across, a coloured cell per
 * mapping. Headers stay in view while the grid scrolls both ways; a cell opens its rationale.
 */
export function CrosswalkMatrixView({ matrix, fromLabel, toLabel }: Props) {
  const [selected, setSelected] = useState<CrosswalkEntryView | null>(null);
  const columnCount = matrix.columns.length;
  if (matrix.entryCount === 0) {
    return <Text c="dimmed">No mapping between these frameworks has the chosen relationships.</Text>;
  }
  const rowsOf = new Map<string, typeof matrix.rows>();
  for (const row of matrix.rows) rowsOf.set(row.group, [...(rowsOf.get(row.group) ?? []), row]);

  return (
    <>
      <Paper withBorder radius="md" p="sm" mb="sm" mih={64} aria-live="polite" data-testid="matrix-selection">
        {selected ? (
          <CrosswalkEntryCard entry={selected} />
        ) : (
          <Text size="sm" c="dimmed">
            {matrix.rows.length} × {matrix.columns.length} requirements, {matrix.entryCount} mappings. Select
            a coloured cell to read its rationale.
          </Text>
        )}
      </Paper>
      <div
        className={classes.scroller}
        data-testid="crosswalk-matrix"
        tabIndex={0}
        aria-label="Crosswalk matrix"
      >
        <table className={classes.matrix}>
          <thead>
            <tr>
              <th className={classes.corner} rowSpan={2} scope="col">
                <Text size="xs" c="dimmed">
                  Rows: {fromLabel}
                </Text>
                <Text size="xs" c="dimmed">
                  Columns: {toLabel}
                </Text>
              </th>
              {matrix.columnGroups.map((g, i) => (
                <th
                  key={`${g.id}-${i}`}
                  colSpan={g.span}
                  className={classes.groupHead}
                  title={g.title ? `${g.id} ${g.title}` : g.id}
                  scope="colgroup"
                >
                  {g.id || "—"}
                </th>
              ))}
            </tr>
            <tr>
              {matrix.columns.map((c) => (
                <th
                  key={c.key}
                  className={`${classes.colHead} ${selected?.to.key === c.key ? classes.hot : ""}`}
                  title={`${c.id} ${c.title}`}
                  scope="col"
                >
                  <AxisLink requirementKey={c.key} id={c.id} vertical />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rowGroups.map((g, gi) => (
              <Fragment key={`${g.id}-${gi}`}>
                {g.id ? (
                  <tr className={classes.groupRow}>
                    <th scope="rowgroup">
                      {g.id} {g.title}
                    </th>
                    <td colSpan={columnCount} />
                  </tr>
                ) : null}
                {(rowsOf.get(g.id) ?? []).map((row) => (
                  <tr key={row.key}>
                    <th
                      className={`${classes.rowHead} ${selected?.from.key === row.key ? classes.hot : ""}`}
                      scope="row"
                      title={`${row.id} ${row.title}`}
                    >
                      <Group gap={6} wrap="nowrap">
                        <AxisLink requirementKey={row.key} id={row.id} />
                        <Text span size="xs" c="dimmed" truncate>
                          {row.title}
                        </Text>
                      </Group>
                    </th>
                    {matrix.columns.map((c) => {
                      const entry = matrix.cells.get(cellKey(row.key, c.key));
                      const info = entry ? RELATIONSHIP_INFO[entry.relationship] : null;
                      const isSelected = entry !== undefined && entry === selected;
                      return (
                        <td key={c.key} className={classes.cellTd}>
                          {entry && info ? (
                            <button
                              type="button"
                              className={`${classes.cell} ${isSelected ? classes.selected : ""}`}
                              style={{ background: `var(--mantine-color-${info.color}-filled)` }}
                              title={`${row.id} ${entry.relationship} ${c.id}`}
                              aria-label={`${row.id} ${entry.relationship} ${c.id}`}
                              aria-pressed={isSelected}
                              onClick={() => setSelected(isSelected ? null : entry)}
                              data-relationship={entry.relationship}
                            >
                              {info.symbol}
                            </button>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The id of a requirement linking to its page; written bottom-up in column headers. */
function AxisLink({
  requirementKey,
  id,
  vertical = false,
}: {
  requirementKey: string;
  id: string;
  vertical?: boolean;
}) {
  const to = requirementPathOfKey(requirementKey);
  const text = vertical ? <span className={classes.vertical}>{id}</span> : id;
  return to ? (
    <Anchor component={Link} to={to} size="xs" ff="monospace" style={{ flex: "none" }}>
      {text}
    </Anchor>
  ) : (
    text
  );
}
