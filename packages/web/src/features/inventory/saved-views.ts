/**
 * Saved views of the inventory: a name and the URL query of a filter and sort, kept in this
 * browser's localStorage, one list per signed-in user (people sharing a browser keep their own).
 */
import { canonicalViewQuery } from "./inventory-view";

export type SavedView = { name: string; query: string };
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export const MAX_SAVED_VIEWS = 30;
export const MAX_VIEW_NAME = 60;

export function savedViewsKey(userId: string): string {
  return `openaims:inventory-views:${userId}`;
}

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === "string" && v.name.trim() !== "" && typeof v.query === "string";
}

const byName = (a: SavedView, b: SavedView) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: "base" });
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The views of a user, by name; anything unreadable (old format, hand-edited) is dropped. */
export function readSavedViews(storage: KeyValueStorage, userId: string): SavedView[] {
  let raw: string | null;
  try {
    raw = storage.getItem(savedViewsKey(userId));
  } catch {
    return [];
  }
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(isSavedView)
      .map((v) => ({ name: v.name.trim().slice(0, MAX_VIEW_NAME), query: canonicalViewQuery(v.query) }))
      .sort(byName)
      .slice(0, MAX_SAVED_VIEWS);
  } catch {
    return [];
  }
}

function write(storage: KeyValueStorage, userId: string, views: SavedView[]): void {
  try {
    storage.setItem(savedViewsKey(userId), JSON.stringify(views));
  } catch {
    // Storage full or disabled: the views last until the page is reloaded.
  }
}

/** Why a name cannot be used, or null. */
export function viewNameProblem(name: string): string | null {
  if (!name.trim()) return "Give the view a name";
  if (name.trim().length > MAX_VIEW_NAME) return `Use at most ${MAX_VIEW_NAME} characters`;
  return null;
}

/**
 * Saves `query` under `name`; a view with the same name (ignoring case) is replaced. When the
 * list is full the new view is still saved and the last of the others by name is dropped.
 */
export function saveView(storage: KeyValueStorage, userId: string, name: string, query: string): SavedView[] {
  const problem = viewNameProblem(name);
  if (problem) throw new Error(problem);
  const view = { name: name.trim(), query: canonicalViewQuery(query) };
  const others = readSavedViews(storage, userId).filter((v) => !sameName(v.name, view.name));
  const views = [view, ...others.slice(0, MAX_SAVED_VIEWS - 1)].sort(byName);
  write(storage, userId, views);
  return views;
}

/** Deletes the view called `name` (ignoring case). */
export function deleteView(storage: KeyValueStorage, userId: string, name: string): SavedView[] {
  const views = readSavedViews(storage, userId).filter((v) => !sameName(v.name, name));
  write(storage, userId, views);
  return views;
}

/** The saved view that shows exactly `query`, if any. */
export function matchingView(views: readonly SavedView[], query: string): SavedView | undefined {
  const canonical = canonicalViewQuery(query);
  return views.find((v) => v.query === canonical);
}
