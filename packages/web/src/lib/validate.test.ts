import { describe, expect, it } from "vitest";
import { CreateUser, SetupRequest } from "@openaims/core";
import { validateWith } from "./validate";

describe("validateWith", () => {
  it("returns the parsed data when valid", () => {
    const r = validateWith(SetupRequest, {
      token: "t",
      email: "Ada@Example.com",
      name: "Ada",
      password: "correct horse battery",
    });
    expect(r).toEqual({
      ok: true,
      data: { token: "t", email: "ada@example.com", name: "Ada", password: "correct horse battery" },
    });
  });

  it("reports each bad field with the core's message", () => {
    const r = validateWith(CreateUser, { email: "nope", name: " ", role: "admin", password: "short" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.email).toBe("Must be an email address");
    expect(r.fieldErrors.name).toBe("Must not be empty");
    expect(r.fieldErrors.password).toBe("Must be at least 12 characters");
  });
});
