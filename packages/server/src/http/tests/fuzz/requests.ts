/**
 * Request generators: for one operation, a weighted mix of plausible requests with exactly one
 * part made hostile (a path parameter, a query field, a body field), hostile whole bodies, raw
 * bodies no JSON parser should accept, and malformed multipart forms.
 */
import fc from "fast-check";
import { multipartBody, multipartCase } from "./multipart.js";
import { paramLookupName, type Operation, type Param } from "./operations.js";
import {
  hostileValue,
  nested,
  oddString,
  plausible,
  unknownFieldName,
  wrongFor,
  type KnownValues,
} from "./schema-values.js";

export type FuzzRequest = {
  /** What was made hostile, for failure messages. */
  kind: string;
  method: Operation["method"];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
};

export type FuzzContext = {
  known: KnownValues;
  /** The `authorization` header every request carries (the admin's bearer token). */
  authorization: string;
  /** Valid questionnaire link tokens, sent (besides random ones) to vendor-link routes. */
  linkTokens: string[];
};

export type Body = { contentType?: string; payload?: string | Buffer };
export type Parts = { path: string; query: string; body: Body };

/** Percent-encodes like encodeURIComponent, but lone surrogates too (as their WTF-8 bytes). */
export function percentEncode(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0xd800 || c > 0xdfff) out += encodeURIComponent(ch);
    else out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map(hex).join("");
  }
  return out;
}
const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;

/** Path segments in place of an id: not ids, unknown ids, traversal, broken escapes, over-long. */
const BAD_SEGMENTS = [
  "not-a-uuid",
  "42",
  "-1",
  "1e999",
  "NaN",
  "null",
  "%20",
  "..",
  "%2e%2e",
  "..%2F..%2Fusers",
  "../../users",
  "%00",
  "%ZZ",
  "%ED%A0%80",
  "%F0%9F%98%80",
  "a".repeat(201),
  "a".repeat(5000),
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "0B9A2A5E-6A43-4C1E-9F6A-3F1F7E2D9C11",
  "{id}",
  "*",
];
const badSegment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BAD_SEGMENTS) },
  { weight: 2, arbitrary: fc.uuid({ version: 4 }) },
  { weight: 2, arbitrary: oddString.map(percentEncode) },
);

const textOf = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

export function paramValue(op: Operation, p: Param, known: KnownValues): fc.Arbitrary<string> {
  const names = paramLookupName(op.path, p.name);
  const values = names.map((n) => known(n, p.schema.format)).find((v) => v.length) ?? [];
  const made = plausible(p.schema, known, p.name).map(textOf);
  const real = values.length ? [{ weight: 4, arbitrary: fc.constantFrom(...values) }] : [];
  return fc.oneof(...real, { weight: 1, arbitrary: made }).map(percentEncode);
}

/** The path with plausible parameters, or with parameter `bad` (an index) made hostile. */
function pathArb(op: Operation, known: KnownValues, bad: number | null): fc.Arbitrary<string> {
  const values = op.pathParams.map((p, i) => (i === bad ? badSegment : paramValue(op, p, known)));
  return fc
    .tuple(...values)
    .map((segments) =>
      op.pathParams.reduce((path, p, i) => path.replace(`{${p.name}}`, segments[i]!), op.path),
    );
}

/** `a=1&b=x`, repeating the key for arrays (which a single-valued field must refuse). */
export function queryString(fields: Record<string, unknown>): string {
  const parts = Object.entries(fields).flatMap(([k, v]) =>
    (Array.isArray(v) && v.length ? v : [v]).map(
      (one) => `${percentEncode(k)}=${percentEncode(textOf(one))}`,
    ),
  );
  return parts.length ? `?${parts.join("&")}` : "";
}

function queryFields(op: Operation, known: KnownValues): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(op.query.map((p) => [p.name, plausible(p.schema, known, p.name)]));
  const required = op.query.filter((p) => p.required).map((p) => p.name);
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

export const json = (value: unknown): Body => ({
  contentType: "application/json",
  payload: JSON.stringify(value),
});

/** Bodies that are not the JSON the route reads (or not JSON at all), by label. */
export const RAW_BODIES: [string, string | undefined, string][] = [
  ["invalid JSON", "application/json", "{"],
  ["invalid JSON", "application/json", '{"a":'],
  ["invalid JSON", "application/json", "{'a':1}"],
  ["invalid JSON", "application/json", "[1,2"],
  ["trailing garbage", "application/json", '{"a":1}}'],
  ["NUL text", "application/json", "\u0000"],
  ["escaped lone surrogate", "application/json", '{"name":"\\ud800","title":"\\udfff"}'],
  ["__proto__", "application/json", '{"__proto__":{"isAdmin":true}}'],
  ["constructor.prototype", "application/json", '{"constructor":{"prototype":{"isAdmin":true}}}'],
  ["duplicate keys", "application/json", '{"version":1,"version":"2"}'],
  ["1e999", "application/json", "1e999"],
  ["empty body", "application/json", ""],
  ["blank body", "application/json", "  \n "],
  ["text/plain", "text/plain", "hello"],
  ["form-urlencoded", "application/x-www-form-urlencoded", "version=1&name=x"],
  ["xml", "application/xml", "<a>1</a>"],
  ["utf-16 charset", "application/json; charset=utf-16", '{"a":1}'],
  ["json variant", "application/vnd.api+json", '{"a":1}'],
  ["multipart without boundary", "multipart/form-data", "--x\r\n"],
  ["no content type", undefined, '{"a":1}'],
];

const rawBody: fc.Arbitrary<[string, Body]> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...RAW_BODIES)
      .map(([l, ct, p]) => [l, { contentType: ct, payload: p }] as [string, Body]),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1000, max: 20_000 })
      .map(
        (n) =>
          [
            "deep array text",
            { contentType: "application/json", payload: "[".repeat(n) + "]".repeat(n) },
          ] as [string, Body],
      ),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1000, max: 10_000 }).map(
      (n) =>
        [
          "deep object with __proto__",
          {
            contentType: "application/json",
            payload: '{"a":'.repeat(n) + '{"__proto__":{}}' + "}".repeat(n),
          },
        ] as [string, Body],
    ),
  },
  {
    weight: 2,
    arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ["random JSON", json(v)] as [string, Body]),
  },
  {
    weight: 1,
    arbitrary: fc.constant(["over the body limit", json({ name: "x".repeat(1_100_000) })] as [string, Body]),
  },
);

/** The cases of one operation, each a function of plausible parts to a request with one part spoiled. */
function cases(op: Operation, known: KnownValues): fc.WeightedArbitrary<[string, Parts]>[] {
  const path = pathArb(op, known, null);
  const query = queryFields(op, known);
  const schema = op.body?.schema;
  const isJson = op.body?.contentType === "application/json";
  const body: fc.Arbitrary<unknown> = isJson && schema ? plausible(schema, known) : fc.constant(undefined);
  const make = (q: Record<string, unknown>, b: unknown): Omit<Parts, "path"> => ({
    query: queryString(q),
    body: b === undefined ? {} : json(b),
  });
  const out: fc.WeightedArbitrary<[string, Parts]>[] = [
    {
      weight: 2,
      arbitrary: fc.tuple(path, query, body).map(([p, q, b]) => ["plausible", { path: p, ...make(q, b) }]),
    },
    {
      weight: isJson ? 3 : 1,
      arbitrary: fc
        .tuple(path, query, rawBody)
        .map(([p, q, [label, raw]]) => [`raw body: ${label}`, { path: p, query: queryString(q), body: raw }]),
    },
  ];
  if (op.pathParams.length) {
    const bad = fc
      .nat(op.pathParams.length - 1)
      .chain((i) => pathArb(op, known, i).map((p) => [i, p] as const));
    out.push({
      weight: 3,
      arbitrary: fc
        .tuple(bad, query, body)
        .map(([[i, p], q, b]) => [`path param ${op.pathParams[i]!.name}`, { path: p, ...make(q, b) }]),
    });
  }
  if (op.query.length) {
    const field = fc
      .nat(op.query.length - 1)
      .chain((i) => wrongFor(op.query[i]!.schema).map((v) => [op.query[i]!.name, v] as const));
    out.push({
      weight: 3,
      arbitrary: fc
        .tuple(path, query, field, body)
        .map(([p, q, [name, v], b]) => [`query ${name}`, { path: p, ...make({ ...q, [name]: v }, b) }]),
    });
  }
  out.push({
    weight: 1,
    arbitrary: fc
      .tuple(path, query, unknownFieldName, hostileValue, body)
      .map(([p, q, k, v, b]) => [`unknown query field`, { path: p, ...make({ ...q, [k]: v }, b) }]),
  });
  const props = Object.entries(schema?.properties ?? {});
  if (isJson && props.length) {
    const field = fc
      .nat(props.length - 1)
      .chain((i) => wrongFor(props[i]![1]).map((v) => [props[i]![0], v] as const));
    const withField = (b: unknown, k: string, v: unknown) => ({ ...(b as object), [k]: v });
    out.push(
      {
        weight: 5,
        arbitrary: fc
          .tuple(path, query, body, field)
          .map(([p, q, b, [k, v]]) => [`body field ${k}`, { path: p, ...make(q, withField(b, k, v)) }]),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(path, query, body, unknownFieldName, hostileValue)
          .map(([p, q, b, k, v]) => [`unknown body field`, { path: p, ...make(q, withField(b, k, v)) }]),
      },
    );
    const required = schema?.required ?? [];
    if (required.length) {
      out.push({
        weight: 1,
        arbitrary: fc.tuple(path, query, body, fc.constantFrom(...required)).map(([p, q, b, k]) => {
          const { [k]: _dropped, ...rest } = b as Record<string, unknown>;
          return [`missing ${k}`, { path: p, ...make(q, rest) }];
        }),
      });
    }
  }
  if (isJson) {
    const whole = fc.oneof(
      hostileValue,
      body.map((b) => [b]),
      fc.constant(nested(1500, "object")),
    );
    out.push({
      weight: 2,
      arbitrary: fc.tuple(path, query, whole).map(([p, q, b]) => [`whole body`, { path: p, ...make(q, b) }]),
    });
  }
  if (op.body?.contentType === "multipart/form-data") {
    const form = multipartCase(schema ?? {}, known);
    out.push({
      weight: 8,
      arbitrary: fc
        .tuple(path, query, form)
        .map(([p, q, [label, parts]]) => [
          `multipart: ${label}`,
          { path: p, query: queryString(q), body: multipartBody(parts) },
        ]),
    });
  }
  return out;
}

/** Header values for the portal: valid links, random ones, link-shaped ones, odd ones. */
function linkHeader(tokens: string[]): fc.Arbitrary<string> {
  const valid = tokens.length ? [{ weight: 3, arbitrary: fc.constantFrom(...tokens) }] : [];
  return fc.oneof(
    ...valid,
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "null", "x".repeat(5000), "Bearer x", "../") },
  );
}

/** The request of `parts`, with the admin's token and (on portal routes) a link header. */
export function assemble(
  op: Operation,
  ctx: FuzzContext,
  kind: string,
  parts: Parts,
  linkToken: string | null,
): FuzzRequest {
  const headers: Record<string, string> = { authorization: ctx.authorization };
  if (parts.body.contentType !== undefined) headers["content-type"] = parts.body.contentType;
  if (linkToken !== null) headers["x-vendor-link"] = linkToken;
  return {
    kind,
    method: op.method,
    url: parts.path + parts.query,
    headers,
    ...(parts.body.payload !== undefined ? { payload: parts.body.payload } : {}),
  };
}

/** Every request the fuzzer may send to `op`. */
export function requestFor(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const link = op.vendorLink ? linkHeader(ctx.linkTokens) : fc.constant(null);
  return fc
    .tuple(fc.oneof(...cases(op, ctx.known)), link)
    .map(([[kind, parts], token]) => assemble(op, ctx, kind, parts, token));
}
