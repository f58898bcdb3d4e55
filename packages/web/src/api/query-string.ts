/** Values a list query may carry; empty ones are left out of the URL. */
export type QueryValue = string | number | boolean | null | undefined;

/**
 * `?a=1&b=x` from an object, skipping undefined, null and empty strings, keeping key order so
 * equal queries give equal URLs (and equal react-query cache keys).
 */
export function buildQueryString(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const text = String(value);
    if (text.trim() === "") continue;
    search.append(key, text);
  }
  const out = search.toString();
  return out ? `?${out}` : "";
}

/** Zero-based offset of a one-based page. */
export function offsetOf(page: number, pageSize: number): number {
  return Math.max(0, Math.floor(page) - 1) * pageSize;
}

/** Number of pages for `total` rows (at least 1, so a pager always has a page to show). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
