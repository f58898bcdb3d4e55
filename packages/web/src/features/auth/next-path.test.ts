import { describe, expect, it } from "vitest";
import { loginPathFor, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it.each([
    [null, "/"],
    ["", "/"],
    ["/settings/users", "/settings/users"],
    ["/audits/trail?entityType=user", "/audits/trail?entityType=user"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["settings", "/"],
    ["/login?next=/x", "/"],
    ["/setup?token=abc", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});

describe("loginPathFor", () => {
  it("adds the page to come back to", () => {
    expect(loginPathFor("/settings/users?q=a")).toBe("/login?next=%2Fsettings%2Fusers%3Fq%3Da");
  });
  it("leaves it out for the dashboard", () => {
    expect(loginPathFor("/")).toBe("/login");
  });
});
