import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useState, type ChangeEvent } from "react";
import { offsetOf } from "../api/query-string";

export type SortOrder = "asc" | "desc";

/** Paging and sorting of one list page; changing sort, size or a filter goes back to page 1. */
export function useListState<S extends string>(
  initialSort: S,
  initialOrder: SortOrder = "asc",
  initialSize = 25,
) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSizeRaw] = useState(initialSize);
  const [sort, setSortRaw] = useState<S>(initialSort);
  const [order, setOrder] = useState<SortOrder>(initialOrder);

  /** Click on a column: sort by it ascending, or flip the order if it is already the sort. */
  const toggleSort = useCallback(
    (column: S) => {
      if (column === sort) setOrder((o) => (o === "asc" ? "desc" : "asc"));
      else {
        setSortRaw(column);
        setOrder("asc");
      }
      setPage(1);
    },
    [sort],
  );
  const setPageSize = useCallback((size: number) => {
    setPageSizeRaw(size);
    setPage(1);
  }, []);
  const resetPage = useCallback(() => setPage(1), []);
  /** Wraps a filter's setter: a new filter value shows its first page, not page 7 of the old filter. */
  const onFilter =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };
  const offset = offsetOf(page, pageSize);

  return {
    page,
    pageSize,
    sort,
    order,
    offset,
    /** The paging and sort parameters of the list request. */
    params: { limit: pageSize, offset, sort, order },
    setPage,
    setPageSize,
    toggleSort,
    resetPage,
    onFilter,
  };
}

export type ListState<S extends string> = ReturnType<typeof useListState<S>>;

/**
 * A list's search box: the text as typed, and `q`, trimmed and debounced, for the request
 * (undefined when empty). Typing goes back to page 1.
 */
export function useListSearch(list: { resetPage: () => void }, initial = "") {
  const [text, setText] = useState(initial);
  const [q] = useDebouncedValue(text.trim(), 300);
  return {
    text,
    q: q || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.currentTarget.value);
      list.resetPage();
    },
  };
}

/**
 * One page of a list under `[...key, query]`; the page on screen stays while the next one loads,
 * so paging and filtering do not flash an empty table.
 */
export function useListQuery<Q, R>(
  key: readonly unknown[],
  query: Q,
  fetchPage: (query: Q, signal: AbortSignal) => Promise<R>,
) {
  return useQuery({
    queryKey: [...key, query],
    queryFn: ({ signal }) => fetchPage(query, signal),
    placeholderData: keepPreviousData,
  });
}
