import { Table, UnstyledButton } from "@mantine/core";
import type { SortOrder } from "./use-list-state";

type Props<S extends string> = {
  label: string;
  column: S;
  sort: S;
  order: SortOrder;
  onSort: (column: S) => void;
};

/** A column header that sorts the list; states its sort to screen readers with aria-sort. */
export function SortableTh<S extends string>({ label, column, sort, order, onSort }: Props<S>) {
  const active = sort === column;
  const arrow = active ? (order === "asc" ? " ▲" : " ▼") : "";
  return (
    <Table.Th aria-sort={active ? (order === "asc" ? "ascending" : "descending") : "none"}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={600}
        fz="sm"
        style={{ whiteSpace: "nowrap" }}
        aria-label={`Sort by ${label}${active ? (order === "asc" ? ", now ascending" : ", now descending") : ""}`}
      >
        {label}
        <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
