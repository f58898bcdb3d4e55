import { describe, expect, it, vi } from "vitest";
import { fileAnswersOf, fileSizeText, hasPending, mergePending, missingOf, saveBodyOf } from "./portal-state";
import { PORTAL_TOKEN_STORAGE_KEY, forgetLinkToken, takeLinkToken, tokenFromHash } from "./portal-token";

const TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

function place(hash: string) {
  const replaceState = vi.fn();
  return { location: { hash, pathname: "/portal", search: "" }, history: { replaceState }, replaceState };
}

describe("tokenFromHash", () => {
  it("reads the token after # (also as token=…)", () => {
    expect(tokenFromHash(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
  });

  it("refuses empty, short or odd fragments", () => {
    expect(tokenFromHash("")).toBeNull();
    expect(tokenFromHash("#")).toBeNull();
    expect(tokenFromHash("#abc")).toBeNull();
    expect(tokenFromHash(`#${TOKEN}<script>`)).toBeNull();
    expect(tokenFromHash("#%E0%A4%A")).toBeNull();
  });
});

describe("takeLinkToken", () => {
  it("takes the token from the address, removes it from there and keeps it for reloads", () => {
    const p = place(`#${TOKEN}`);
    const storage = memoryStorage();
    expect(takeLinkToken(p, storage)).toBe(TOKEN);
    expect(p.replaceState).toHaveBeenCalledWith(null, "", "/portal");
    expect(storage.data.get(PORTAL_TOKEN_STORAGE_KEY)).toBe(TOKEN);
  });

  it("after a reload (no fragment) uses the stored token; a new link replaces it", () => {
    const storage = memoryStorage({ [PORTAL_TOKEN_STORAGE_KEY]: "old-token-old-token-old-token" });
    const reload = place("");
    expect(takeLinkToken(reload, storage)).toBe("old-token-old-token-old-token");
    expect(reload.replaceState).not.toHaveBeenCalled();
    expect(takeLinkToken(place(`#${TOKEN}`), storage)).toBe(TOKEN);
    forgetLinkToken(storage);
    expect(takeLinkToken(place(""), storage)).toBeNull();
  });

  it("still works without storage, and strips a bad fragment from the address", () => {
    const p = place("#not-a-token");
    expect(takeLinkToken(p, null)).toBeNull();
    expect(p.replaceState).toHaveBeenCalled();
    expect(takeLinkToken(place(`#${TOKEN}`), null)).toBe(TOKEN);
  });
});

describe("portal state", () => {
  it("merges failed changes under newer ones and builds the save body", () => {
    const merged = mergePending(
      { answers: { a: "old", b: 1 }, comments: { a: "c1" } },
      { answers: { a: "new" }, comments: {} },
    );
    expect(merged).toEqual({ answers: { a: "new", b: 1 }, comments: { a: "c1" } });
    expect(hasPending(merged)).toBe(true);
    expect(hasPending({ answers: {}, comments: {} })).toBe(false);
    expect(saveBodyOf({ answers: { a: null }, comments: {} })).toEqual({ answers: { a: null } });
  });

  it("groups files by question in upload order", () => {
    const f = (id: string, questionId: string, uploadedAt: string) => ({
      id,
      questionId,
      fileName: `${id}.pdf`,
      contentType: "application/pdf",
      sizeBytes: 1,
      uploadedAt,
    });
    expect(
      fileAnswersOf([
        f("2", "cert", "2026-01-02T00:00:00Z"),
        f("1", "cert", "2026-01-01T00:00:00Z"),
        f("3", "x", "2026-01-01T00:00:00Z"),
      ]),
    ).toEqual({ cert: ["1", "2"], x: ["3"] });
  });

  it("reads what a refused submission names", () => {
    expect(missingOf({ missing: ["q1", "q2"], unansweredFollowUps: ["f1"], issues: [] })).toEqual({
      questions: ["q1", "q2"],
      followUps: ["f1"],
    });
    expect(
      missingOf({
        issues: [
          { path: "answers.q9", message: "x" },
          { path: "followUps.f", message: "y" },
        ],
      }),
    ).toEqual({
      questions: ["q9"],
      followUps: [],
    });
    expect(missingOf(undefined)).toEqual({ questions: [], followUps: [] });
    expect(missingOf({ missing: [1, "ok"] }).questions).toEqual(["ok"]);
  });

  it("writes file sizes for people", () => {
    expect(fileSizeText(512)).toBe("512 B");
    expect(fileSizeText(20_480)).toBe("20 kB");
    expect(fileSizeText(1_572_864)).toBe("1.5 MB");
  });
});
