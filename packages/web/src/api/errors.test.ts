import { describe, expect, it } from "vitest";
import {
  apiErrorFrom,
  asSentence,
  fieldErrorsOf,
  fieldOfPath,
  isApiError,
  isMissingRoute,
  messageOf,
  networkError,
  validationIssues,
} from "./errors";

describe("apiErrorFrom", () => {
  it("reads code, message and details of the server's error body", () => {
    const e = apiErrorFrom(401, {
      error: { code: "INVALID_CREDENTIALS", message: "Wrong email or password." },
    });
    expect(e.status).toBe(401);
    expect(e.code).toBe("INVALID_CREDENTIALS");
    expect(e.message).toBe("Wrong email or password.");
    expect(e.fieldErrors).toEqual({});
    expect(isApiError(e, "INVALID_CREDENTIALS")).toBe(true);
    expect(isApiError(e, "RATE_LIMITED")).toBe(false);
  });

  it("maps VALIDATION_FAILED issues to form fields", () => {
    const e = apiErrorFrom(400, {
      error: {
        code: "VALIDATION_FAILED",
        message: "The request is not valid.",
        details: {
          issues: [
            { path: "email", message: "must be an email address" },
            { path: "password", message: "must be at least 12 characters" },
            { path: "email", message: "second message is ignored" },
            { path: "businessUnitIds.1", message: "must be a UUID" },
            { path: "", message: "on the whole body" },
          ],
        },
      },
    });
    expect(e.fieldErrors).toEqual({
      email: "Must be an email address",
      password: "Must be at least 12 characters",
      businessUnitIds: "Must be a UUID",
      "": "On the whole body",
    });
  });

  it("keeps details but builds no field errors for other codes", () => {
    const details = { issues: [{ path: "x", message: "y" }] };
    const e = apiErrorFrom(409, { error: { code: "VERSION_CONFLICT", message: "Changed.", details } });
    expect(e.details).toEqual(details);
    expect(e.fieldErrors).toEqual({});
  });

  it.each([
    [429, undefined, "HTTP_429", "Too many attempts. Wait a moment and try again."],
    [502, "<html>bad gateway</html>", "HTTP_502", "The server is not reachable."],
    [418, { error: { code: 7 } }, "HTTP_418", "The request failed (HTTP 418)."],
    [500, { error: { code: "INTERNAL", message: "" } }, "INTERNAL", "The server hit an unexpected error."],
  ])("falls back to a readable message for status %i body %j", (status, body, code, message) => {
    const e = apiErrorFrom(status, body);
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
  });
});

describe("validationIssues", () => {
  it("accepts array paths and skips malformed entries", () => {
    expect(
      validationIssues({
        issues: [{ path: ["businessUnitIds", 0], message: "bad" }, { path: "a" }, "nonsense", null],
      }),
    ).toEqual([{ path: "businessUnitIds.0", message: "bad" }]);
  });

  it("returns nothing for details without issues", () => {
    expect(validationIssues(undefined)).toEqual([]);
    expect(validationIssues({ issues: "no" })).toEqual([]);
  });
});

describe("fieldOfPath", () => {
  it.each([
    ["email", "email"],
    ["body.email", "email"],
    ["body.businessUnitIds.0", "businessUnitIds"],
    ["querystring.limit", "limit"],
    ["body", ""],
    ["", ""],
  ])("%j is the field %j", (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });
});

describe("fieldErrorsOf", () => {
  it("places issues of the server's schema validation (prefixed with body.) on their fields", () => {
    expect(
      fieldErrorsOf([
        { path: "body.password", message: "must be at least 12 characters" },
        { path: "body", message: "unrecognized key" },
      ]),
    ).toEqual({ password: "Must be at least 12 characters", "": "Unrecognized key" });
  });

  it("is empty for no issues", () => {
    expect(fieldErrorsOf([])).toEqual({});
  });
});

describe("networkError", () => {
  it("says the server could not be reached", () => {
    const e = networkError(new TypeError("Failed to fetch"));
    expect(e.code).toBe("NETWORK");
    expect(e.message).toContain("Could not reach the server (Failed to fetch)");
  });
});

describe("messageOf", () => {
  it("shows server messages as sentences", () => {
    expect(
      messageOf(
        apiErrorFrom(401, { error: { code: "INVALID_CREDENTIALS", message: "email or password is wrong" } }),
      ),
    ).toBe("Email or password is wrong.");
    expect(asSentence("Done!")).toBe("Done!");
    expect(messageOf("not an error")).toBe("Something went wrong.");
  });
});

describe("isMissingRoute", () => {
  it("tells a missing API route from a missing record", () => {
    const route = apiErrorFrom(404, {
      error: { code: "NOT_FOUND", message: "no API route POST /api/v1/catalogs/import" },
    });
    const record = apiErrorFrom(404, { error: { code: "NOT_FOUND", message: "framework x:1 not found" } });
    expect(isMissingRoute(route)).toBe(true);
    expect(isMissingRoute(record)).toBe(false);
    expect(isMissingRoute(new Error("no API route"))).toBe(false);
  });
});
