import { describe, expect, it } from "vitest";
import { z } from "zod";
import { patchOf } from "./common.js";

const Fields = z.object({
  title: z.string().min(1),
  tags: z.array(z.string()).default([]),
  note: z.string().default(""),
  nested: z.object({ a: z.string().default("") }).default({ a: "" }),
});

describe("patchOf", () => {
  it("leaves out what the caller left out (zod's .partial() would fill in the defaults)", () => {
    expect(Fields.partial().parse({ title: "x" })).toEqual({
      title: "x",
      tags: [],
      note: "",
      nested: { a: "" },
    });
    expect(patchOf(Fields).parse({ title: "x" })).toEqual({ title: "x" });
    expect(patchOf(Fields).parse({})).toEqual({});
  });

  it("still validates what is sent", () => {
    expect(patchOf(Fields).safeParse({ title: "" }).success).toBe(false);
    expect(patchOf(Fields).safeParse({ tags: [1] }).success).toBe(false);
    expect(patchOf(Fields).parse({ tags: ["a"], nested: {} })).toEqual({ tags: ["a"], nested: { a: "" } });
  });
});
