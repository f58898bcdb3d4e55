/** The operations of the OpenAPI document, in the shape the fuzzer builds requests from. */
import type { JsonSchema } from "./schema-values.js";

export type Param = { name: string; schema: JsonSchema; required: boolean };

export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The OpenAPI path, `{name}` for each parameter. */
  path: string;
  pathParams: Param[];
  query: Param[];
  body: { contentType: string; schema: JsonSchema; required: boolean } | null;
  /** A vendor-portal route: its credential is the `x-vendor-link` header. */
  vendorLink: boolean;
};

type RawOperation = {
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
};
export type OpenApiDocument = { paths: Record<string, Record<string, RawOperation>> };

export const routeKey = (op: Pick<Operation, "method" | "path">) => `${op.method} ${op.path}`;

/**
 * Operations whose success ends what later routes need, so they run last: the portal submission
 * closes the questionnaire link the other portal routes are fuzzed with, and removing the demo
 * deletes most of the records whose ids the fuzzer reuses.
 */
const RUN_LAST = ["POST /api/v1/portal/submit", "POST /api/v1/demo", "DELETE /api/v1/demo"];

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(byMethod)) {
      const params = raw.parameters ?? [];
      const pick = (where: string) =>
        params
          .filter((p) => p.in === where)
          .map((p) => ({ name: p.name, schema: p.schema ?? {}, required: p.required ?? false }));
      const [contentType, media] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      ops.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        pathParams: pick("path"),
        query: pick("query"),
        body: contentType
          ? { contentType, schema: media?.schema ?? {}, required: raw.requestBody?.required ?? false }
          : null,
        vendorLink: pick("header").some((h) => h.name === "x-vendor-link"),
      });
    }
  }
  const rank = (op: Operation) => RUN_LAST.indexOf(routeKey(op));
  return ops.sort((a, b) => rank(a) - rank(b));
}

/**
 * The name a path parameter's known values are filed under: a bare `{id}` takes the literal
 * segments before it ("/risks/{id}/actions/{actionId}" → "risks"), others keep their own name.
 */
export function paramLookupName(path: string, param: string): string[] {
  if (param !== "id") return [param];
  const before = path.slice(0, path.indexOf(`{${param}}`));
  const literal = before
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .filter((s) => s && !s.startsWith("{"));
  return [literal.join("-"), literal.at(-1) ?? ""];
}

/** Container names a GET answer's ids are filed under: the last literal segment and all of them. */
export function collectionNames(path: string): string[] {
  const literal = path
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .filter((s) => s && !s.startsWith("{"));
  return [literal.at(-1) ?? "", literal.join("-")];
}
