/**
 * Reads a list that is small by nature (the requirements of one framework, the entries of one
 * crosswalk) page by page, because every list endpoint pages (limit ≤ 200). A cap keeps a huge
 * custom catalog from loading without end; the result says when it stopped early.
 */
import { MAX_PAGE_SIZE, type Page } from "@openaims/core";

export type AllPages<T> = { items: T[]; total: number; isTruncated: boolean };

export async function fetchAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
  maxItems = 2_000,
): Promise<AllPages<T>> {
  const items: T[] = [];
  let total = 0;
  for (let offset = 0; offset < maxItems; offset += MAX_PAGE_SIZE) {
    const page = await fetchPage(offset, Math.min(MAX_PAGE_SIZE, maxItems - offset));
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= total) break;
  }
  return { items, total, isTruncated: items.length < total };
}
