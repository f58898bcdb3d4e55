import { describe, expect, it } from "vitest";
import {
  MAX_SAVED_VIEWS,
  deleteView,
  matchingView,
  readSavedViews,
  saveView,
  savedViewsKey,
  viewNameProblem,
  type KeyValueStorage,
} from "./saved-views";

function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

describe("saved views", () => {
  it("saves, lists by name and applies per user", () => {
    const storage = memoryStorage();
    saveView(storage, "u1", "High-risk deployed", "stage=deployed&risk=high-risk");
    saveView(storage, "u1", "by name", "order=desc&sort=name");
    expect(readSavedViews(storage, "u1")).toEqual([
      { name: "by name", query: "sort=name&order=desc" },
      { name: "High-risk deployed", query: "stage=deployed&risk=high-risk" },
    ]);
    expect(readSavedViews(storage, "u2")).toEqual([]);
    expect(Object.keys(storage.data)).toEqual([savedViewsKey("u1")]);
  });

  it("replaces a view of the same name, ignoring case, and deletes by name", () => {
    const storage = memoryStorage();
    saveView(storage, "u1", "Mine", "q=a");
    expect(saveView(storage, "u1", " mine ", "q=b")).toEqual([{ name: "mine", query: "q=b" }]);
    expect(deleteView(storage, "u1", "MINE")).toEqual([]);
    expect(readSavedViews(storage, "u1")).toEqual([]);
  });

  it("refuses an empty or long name", () => {
    expect(viewNameProblem("  ")).toBe("Give the view a name");
    expect(viewNameProblem("x".repeat(61))).toMatch(/at most 60/);
    expect(() => saveView(memoryStorage(), "u1", "", "q=a")).toThrow("Give the view a name");
  });

  it("keeps at most MAX_SAVED_VIEWS, always keeping the one just saved", () => {
    const storage = memoryStorage();
    for (let i = 0; i < MAX_SAVED_VIEWS; i++)
      saveView(storage, "u1", `v${String(i).padStart(2, "0")}`, "q=x");
    const views = saveView(storage, "u1", "a new one", "q=y");
    expect(views).toHaveLength(MAX_SAVED_VIEWS);
    expect(views[0]).toEqual({ name: "a new one", query: "q=y" });
  });

  it("ignores what it cannot read, and a storage that throws", () => {
    const key = savedViewsKey("u1");
    expect(readSavedViews(memoryStorage({ [key]: "not json" }), "u1")).toEqual([]);
    expect(readSavedViews(memoryStorage({ [key]: '{"a":1}' }), "u1")).toEqual([]);
    expect(
      readSavedViews(
        memoryStorage({ [key]: '[{"name":"ok","query":"risk=bogus&q=z"},{"name":""},7]' }),
        "u1",
      ),
    ).toEqual([{ name: "ok", query: "q=z" }]);
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(readSavedViews(broken, "u1")).toEqual([]);
    expect(saveView(broken, "u1", "x", "q=1")).toEqual([{ name: "x", query: "q=1" }]);
  });

  it("finds the saved view that shows the current query", () => {
    const views = [{ name: "HR", query: "risk=high-risk&sort=name" }];
    expect(matchingView(views, "sort=name&risk=high-risk")?.name).toBe("HR");
    expect(matchingView(views, "risk=high-risk")).toBeUndefined();
  });
});
