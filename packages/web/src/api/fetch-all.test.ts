import { describe, expect, it, vi } from "vitest";
import { fetchAllPages } from "./fetch-all";

function source(total: number) {
  const all = Array.from({ length: total }, (_, i) => i);
  return vi.fn(async (offset: number, limit: number) => ({
    items: all.slice(offset, offset + limit),
    total,
  }));
}

describe("fetchAllPages", () => {
  it("reads every page of 200", async () => {
    const fetchPage = source(450);
    const result = await fetchAllPages(fetchPage);
    expect(result.items).toHaveLength(450);
    expect(result.isTruncated).toBe(false);
    expect(fetchPage.mock.calls).toEqual([
      [0, 200],
      [200, 200],
      [400, 200],
    ]);
  });

  it("makes one call for a short list and none more for an empty one", async () => {
    const short = source(114);
    expect((await fetchAllPages(short)).items).toHaveLength(114);
    expect(short).toHaveBeenCalledOnce();
    const empty = source(0);
    expect(await fetchAllPages(empty)).toEqual({ items: [], total: 0, isTruncated: false });
  });

  it("stops at the cap and says so", async () => {
    const result = await fetchAllPages(source(1000), 300);
    expect(result.items).toHaveLength(300);
    expect(result).toMatchObject({ total: 1000, isTruncated: true });
  });
});
