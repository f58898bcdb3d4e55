/**
 * Reading YAML and JSON catalog files into plain data, keeping the node positions so a problem at
 * `requirements[3].kind` can be reported on the line where that value is written.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { CatalogFileError, PathSegment } from "./shared.js";

/** Parsed data and a way to find the line of any path in it (null when it cannot be told). */
export interface TreeSource {
  value: unknown;
  lineOf: (path: readonly PathSegment[]) => number | null;
}

type ReadResult = { source: TreeSource } | { errors: CatalogFileError[] };

function locator(doc: Document, lineCounter: LineCounter): TreeSource["lineOf"] {
  const lineAt = (node: unknown): number | null => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : null;
  };
  return (path) => {
    let node: unknown = doc.contents;
    let line = lineAt(node);
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && String(isScalar(item.key) ? item.key.value : item.key) === String(segment),
        );
        if (!pair) break;
        line = lineAt(pair.key) ?? lineAt(pair.value) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment];
        if (item === undefined) break;
        line = lineAt(item) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };
}

function parseYamlDocument(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/** Reads a YAML file; syntax errors come back with their lines. */
export function readYaml(text: string): ReadResult {
  const { doc, lineCounter } = parseYamlDocument(text.replace(/^\uFEFF/, ""));
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        message: `YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  if (doc.contents === null) return { errors: [{ line: null, message: "file has no content" }] };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { errors: [{ line: null, message: `YAML: ${(error as Error).message}` }] };
  }
  return { source: { value, lineOf: locator(doc, lineCounter) } };
}

/** Line of a character offset in text. */
function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Reads a JSON file with `JSON.parse` (so only real JSON passes); lines for later problems come
 * from reading the same text as YAML, of which JSON is a subset.
 */
export function readJson(text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const lineColumn = /line (\d+) column/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineColumn
      ? Number(lineColumn[1])
      : position
        ? lineOfOffset(body, Number(position[1]))
        : null;
    return { errors: [{ line, message: `JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}` }] };
  }
  const { doc, lineCounter } = parseYamlDocument(body);
  const lineOf = doc.errors.length === 0 ? locator(doc, lineCounter) : () => null;
  return { source: { value, lineOf } };
}

/** Adds the key of an "Unrecognized key" problem to its path, so the key's own line is shown. */
export function pathForMessage(path: PathSegment[], message: string): PathSegment[] {
  const match = /^Unrecognized keys?: "([^"]+)"/.exec(message);
  return match?.[1] === undefined ? path : [...path, match[1]];
}
