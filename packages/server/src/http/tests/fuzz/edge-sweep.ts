/**
 * A deterministic sweep beside the random draws: the values that most often break a server, each
 * sent once to every path parameter, query field and body field (and every raw body). Random
 * sampling alone might leave a NUL in one route's path untried. The in-suite run sweeps lightly
 * (NUL and a broken escape in every path parameter, NUL in every free-text query field, a lone
 * surrogate in every JSON body); the long run sweeps in full.
 */
import fc from "fast-check";
import type { Operation } from "./operations.js";
import {
  assemble,
  json,
  paramValue,
  queryString,
  RAW_BODIES,
  type FuzzContext,
  type FuzzRequest,
} from "./requests.js";
import { nested, plausible, type JsonSchema } from "./schema-values.js";

export type SweepLevel = "light" | "full";

const PATH_EDGES: Record<SweepLevel, string[]> = {
  light: ["%00", "%ZZ"],
  full: [
    "%00",
    "%ED%A0%80",
    "%ZZ",
    "a".repeat(5000),
    "00000000-0000-0000-0000-000000000000",
    "..",
    "-1",
    "%F0%9F%98%80",
  ],
};
const QUERY_EDGES: Record<SweepLevel, unknown[]> = {
  light: ["\u0000"],
  full: ["\u0000", "\ud800", "x".repeat(100_000), "", "-1", "1e999", ["a", "b"], "\u202e"],
};
const BODY_EDGES: unknown[] = [
  null,
  "\u0000",
  "\ud800",
  "x".repeat(100_000),
  -1,
  1e308,
  {},
  [],
  true,
  nested(1500, "object"),
];

/** Free text: where a NUL is most likely to slip through to PostgreSQL. */
const isFreeText = (schema: JsonSchema) => {
  const s = schema.anyOf?.find((c) => c.type !== "null") ?? schema;
  return s.type === "string" && !s.format && !s.pattern && !s.enum;
};

export function edgeRequests(
  op: Operation,
  ctx: FuzzContext,
  level: SweepLevel,
  seed: number,
): FuzzRequest[] {
  const sample = <T>(arb: fc.Arbitrary<T>) => fc.sample(arb, { seed, numRuns: 1 })[0]!;
  const segments = op.pathParams.map((p) => sample(paramValue(op, p, ctx.known)));
  const pathWith = (values: string[]) =>
    op.pathParams.reduce((path, p, i) => path.replace(`{${p.name}}`, values[i]!), op.path);
  const path = pathWith(segments);
  const isJson = op.body?.contentType === "application/json";
  const base = isJson && op.body ? sample(plausible(op.body.schema, ctx.known)) : undefined;
  const body = base === undefined ? {} : json(base);
  const token = op.vendorLink ? (ctx.linkTokens[0] ?? "") : null;
  const out: FuzzRequest[] = [];
  const add = (kind: string, p: string, query: string, b = body) =>
    out.push(assemble(op, ctx, `sweep: ${kind}`, { path: p, query, body: b }, token));

  op.pathParams.forEach((param, i) => {
    for (const edge of PATH_EDGES[level])
      add(`path param ${param.name}`, pathWith(segments.map((s, j) => (j === i ? edge : s))), "");
  });
  for (const q of op.query) {
    if (level === "light" && !isFreeText(q.schema)) continue;
    for (const edge of QUERY_EDGES[level]) add(`query ${q.name}`, path, queryString({ [q.name]: edge }));
  }
  if (level === "light") {
    // Every free-text field of a plausible body at once, so the body passes validation and the
    // lone surrogate reaches the database if nothing stops it.
    const props = Object.entries(op.body?.schema.properties ?? {}).filter(([, s]) => isFreeText(s));
    if (isJson && props.length && base && typeof base === "object" && !Array.isArray(base)) {
      const spoiled = { ...base, ...Object.fromEntries(props.map(([name]) => [name, "x\ud800"])) };
      add("lone surrogate in every text field", path, "", json(spoiled));
    }
    return out;
  }
  if (isJson && base && typeof base === "object" && !Array.isArray(base)) {
    for (const name of Object.keys(op.body?.schema.properties ?? {}))
      for (const edge of BODY_EDGES) add(`body field ${name}`, path, "", json({ ...base, [name]: edge }));
  }
  if (op.method !== "GET")
    for (const [label, contentType, payload] of RAW_BODIES)
      add(`raw body: ${label}`, path, "", { contentType, payload });
  return out;
}
