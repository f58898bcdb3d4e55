import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderPermissionMatrix } from "./render.js";

describe("docs/permissions.md", () => {
  it("is the rendering of the matrix in core (run `npm run docs:permissions` after changing it)", () => {
    const doc = readFileSync(new URL("../../../../docs/permissions.md", import.meta.url), "utf8");
    expect(doc).toBe(renderPermissionMatrix());
  });
});
