import { Anchor, Table, VisuallyHidden, type TableProps } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { TableStatusRow } from "./query-state";
import { SortableTh } from "./sortable-th";
import { NOWRAP } from "./table-styles";
import { TablePager } from "./table-pager";
import type { ListState } from "./use-list-state";

export type ListColumn<S extends string> = {
  label: string;
  /** The sort key when a click on the header sorts the list by this column. */
  sort?: S;
  /** Says the label to screen readers only (a column of row actions). */
  labelHidden?: boolean;
  /** Keeps the header on one line. */
  nowrap?: boolean;
  w?: number;
};

/** What a list query gives: one page of items and the count of all of them. */
type ListResult<T> = {
  data: { items: T[]; total: number } | undefined;
  isLoading: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
};

type Props<T, S extends string> = {
  testId?: string;
  minWidth: number;
  /** `false` or `null` leaves a column out (e.g. one only some people see). */
  columns: readonly (ListColumn<S> | false | null)[];
  result: ListResult<T>;
  /** One `Table.Tr` (with its key) per item. */
  row: (item: T) => ReactNode;
  emptyText: string;
  /** Sorting and paging of the list; without it the headers do not sort. */
  list?: Pick<
    ListState<S>,
    "sort" | "order" | "toggleSort" | "page" | "pageSize" | "setPage" | "setPageSize"
  >;
  /** What the pager under the table counts ("documents"); without it there is no pager. */
  noun?: string;
  /** Overrides the striped, hover-highlighted look. */
  tableProps?: Omit<TableProps, "children">;
};

/**
 * The table of a list page: headers (sortable where a column says so), a row that tells loading,
 * failure or emptiness, the rows, and the pager under it.
 */
export function ListTable<T, S extends string = never>({
  testId,
  minWidth,
  columns,
  result,
  row,
  emptyText,
  list,
  noun,
  tableProps,
}: Props<T, S>) {
  const shown = columns.filter((c): c is ListColumn<S> => Boolean(c));
  const items = result.data?.items ?? [];
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover verticalSpacing="sm" {...tableProps} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>{shown.map((column) => header(column, list))}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={shown.length}
              isLoading={result.isLoading}
              error={result.error}
              isEmpty={items.length === 0}
              emptyText={emptyText}
              onRetry={() => void result.refetch()}
            />
            {items.map(row)}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list && noun ? (
        <TablePager
          page={list.page}
          pageSize={list.pageSize}
          total={result.data?.total ?? 0}
          onPage={list.setPage}
          onPageSize={list.setPageSize}
          noun={noun}
        />
      ) : null}
    </>
  );
}

function header<S extends string>(column: ListColumn<S>, list: Props<unknown, S>["list"]): ReactNode {
  const key = column.sort ?? column.label;
  if (column.sort !== undefined && list) {
    return (
      <SortableTh
        key={key}
        label={column.label}
        column={column.sort}
        sort={list.sort}
        order={list.order}
        onSort={list.toggleSort}
      />
    );
  }
  return (
    <Table.Th key={key} w={column.w} style={column.nowrap ? NOWRAP : undefined}>
      {column.labelHidden ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
    </Table.Th>
  );
}

/**
 * The first cell of a register row: the record's key in monospace, a link to its page (`to`) or a
 * button that opens it in place (`onOpen`).
 */
export function KeyCell({
  children,
  ...target
}: { children: string } & ({ to: string } | { onOpen: () => void })) {
  return (
    <Table.Td style={NOWRAP}>
      {"to" in target ? (
        <Anchor component={Link} to={target.to} ff="monospace" fw={600} size="sm">
          {children}
        </Anchor>
      ) : (
        <Anchor component="button" type="button" onClick={target.onOpen} ff="monospace" fw={600} size="sm">
          {children}
        </Anchor>
      )}
    </Table.Td>
  );
}
