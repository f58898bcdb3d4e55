import { describe, expect, it } from "vitest";
import { buildQueryString, offsetOf, pageCount } from "./query-string";

describe("buildQueryString", () => {
  it("keeps set values in order and encodes them", () => {
    expect(buildQueryString({ limit: 25, offset: 0, sort: "name", order: "asc", q: "a&b c" })).toBe(
      "?limit=25&offset=0&sort=name&order=asc&q=a%26b+c",
    );
  });

  it("leaves out undefined, null and blank values", () => {
    expect(buildQueryString({ q: "", role: undefined, isActive: null, x: "  " })).toBe("");
  });

  it("writes booleans as true/false", () => {
    expect(buildQueryString({ isActive: false })).toBe("?isActive=false");
  });
});

describe("paging", () => {
  it.each([
    [1, 25, 0],
    [2, 25, 25],
    [4, 10, 30],
    [0, 10, 0],
  ])("page %i of size %i starts at offset %i", (page, size, offset) => {
    expect(offsetOf(page, size)).toBe(offset);
  });

  it.each([
    [0, 25, 1],
    [25, 25, 1],
    [26, 25, 2],
    [201, 50, 5],
  ])("%i rows at %i a page make %i pages", (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });
});
