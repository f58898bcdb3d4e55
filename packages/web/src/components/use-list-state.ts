import { useCallback, useState } from "react";
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

  return {
    page,
    pageSize,
    sort,
    order,
    offset: offsetOf(page, pageSize),
    setPage,
    setPageSize,
    toggleSort,
    resetPage,
  };
}
