/**
 * Shared parts of catalog file import: the result type every parser returns, the size limits,
 * and turning validation problems (paths such as `requirements[3].kind`) into errors that point
 * at a line of the input file.
 */
import type { CatalogProblem } from "../validate-catalog.js";

/** One thing wrong with an imported file. `line` is 1-based; null when no line is to blame. */
export interface CatalogFileError {
  line: number | null;
  /** Column (CSV) or path (YAML, JSON) of the offending value, when there is one. */
  field?: string;
  message: string;
}

/** Either the whole parsed value or the errors; never a partial value. */
export type CatalogParseResult<T> = { ok: true; value: T } | { ok: false; errors: CatalogFileError[] };

/** Largest file accepted, in UTF-8 bytes. */
export const MAX_CATALOG_FILE_BYTES = 5 * 1024 * 1024;
/** Most requirements (framework) or entries (crosswalk) accepted in one file. */
export const MAX_CATALOG_FILE_ROWS = 20_000;

export type PathSegment = string | number;

/** UTF-8 length of a string without encoding it (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses files over the size limit and files with nothing in them. */
export function checkFileSize(text: string): CatalogFileError[] {
  if (text.length > MAX_CATALOG_FILE_BYTES || utf8ByteLength(text) > MAX_CATALOG_FILE_BYTES) {
    const megabytes = (utf8ByteLength(text) / (1024 * 1024)).toFixed(1);
    return [{ line: null, message: `file is too big (${megabytes} MB); the limit is 5 MB` }];
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return [{ line: null, message: "file is empty" }];
  return [];
}

/** The error for a file with more rows than allowed, or null. */
export function rowLimitError(count: number, what: string): CatalogFileError | null {
  if (count <= MAX_CATALOG_FILE_ROWS) return null;
  return {
    line: null,
    message: `file has ${count} ${what}; the limit is ${MAX_CATALOG_FILE_ROWS.toLocaleString("en-US")}`,
  };
}

/** Splits `requirements[3].tags.related[0]` (as made by `formatPath`) back into segments. */
export function parseProblemPath(path: string): PathSegment[] {
  if (path === "(root)") return [];
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(match[2]);
  }
  return segments;
}

/** The value at a path inside plain data, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** Where a problem is in the file: its line and the column or path to name. */
export type Locator = (path: PathSegment[], message: string) => { line: number | null; field?: string };

/** Makes zod's terse messages say what was found, so a person can fix the cell. */
function explain(
  message: string,
  value: unknown,
  missingHint: (path: PathSegment[]) => string,
  path: PathSegment[],
) {
  if (value === undefined && /received undefined$/.test(message)) return missingHint(path);
  if (value === "" && message.startsWith("Too small")) return "must not be empty";
  if (message.startsWith("Invalid option") && typeof value === "string")
    return `${message}; found "${value}"`;
  if (/expected string, received (number|boolean)$/.test(message)) {
    return `${message} (${String(value)}); put the value in quotes`;
  }
  return message;
}

export interface ErrorContext {
  /** Line and column or path of a problem. */
  locate: Locator;
  /** Message for a required value that is missing at `path`. */
  missing?: (path: PathSegment[]) => string;
  /** Line of `requirements[i]` or `entries[i]`, to say "line 12" instead of the index in messages. */
  itemLine?: (collection: string, index: number) => number | null;
}

/** Turns validation problems into located file errors, dropping exact duplicates. */
export function problemsToErrors(
  problems: readonly CatalogProblem[],
  raw: unknown,
  context: ErrorContext,
): CatalogFileError[] {
  const missing = context.missing ?? (() => "is required but missing");
  const seen = new Set<string>();
  const errors: CatalogFileError[] = [];
  for (const problem of problems) {
    const path = parseProblemPath(problem.path);
    const { line, field } = context.locate(path, problem.message);
    let message = explain(problem.message, valueAt(raw, path), missing, path);
    if (context.itemLine) {
      const itemLine = context.itemLine;
      message = message.replace(
        /\b(requirements|entries)\[(\d+)\]/g,
        (whole, collection: string, index: string) => {
          const at = itemLine(collection, Number(index));
          return at === null ? whole : `line ${at}`;
        },
      );
    }
    const key = `${line}\u0000${field ?? ""}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(field === undefined ? { line, message } : { line, field, message });
  }
  return errors;
}

/** File-level errors first, then by line; stable otherwise. */
export function sortErrors(errors: readonly CatalogFileError[]): CatalogFileError[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => (a.error.line ?? 0) - (b.error.line ?? 0) || a.index - b.index)
    .map(({ error }) => error);
}

/** The failure result, errors sorted. */
export function failure<T>(errors: readonly CatalogFileError[]): CatalogParseResult<T> {
  return { ok: false, errors: sortErrors(errors) };
}
