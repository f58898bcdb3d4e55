/**
 * Values for the route fuzzer, derived from the JSON schemas of the OpenAPI document: plausible
 * ones (what a well-behaved client would send, so a request gets past validation and reaches the
 * service) and hostile ones (wrong types, boundaries, odd unicode, deep nesting).
 */
import fc from "fast-check";

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
};

/** Known values for a field or path parameter name (real ids, framework refs…); empty when none. */
export type KnownValues = (name: string, format?: string) => string[];

const HUGE = 100_000;

/** Strings no form would produce: control characters, broken UTF-16, bidi tricks, emoji, combining marks. */
export const ODD_STRINGS = [
  "",
  " ",
  "a\u0000b",
  "\u0000",
  "\ud800",
  "x\udfffy",
  "\u202eevil\u202c",
  "\u200f\u200e\u061c",
  "\u200b\ufeff",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0301\u0301\u0301\u0301",
  "Z̸̡̛̗͖a̷l̶g̵o̴",
  "\uffff\ufffe",
  "\u{10ffff}",
  "\r\n\t\u000b\u0007",
  "' OR '1'='1",
  "%_\\",
  "$1::text",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "null",
  "NaN",
  "-0",
  "1e999",
  "__proto__",
];

/** Numbers at and beyond every edge (JSON has no NaN or Infinity, so those travel as text). */
export const ODD_NUMBERS: unknown[] = [
  -1,
  0,
  -0,
  0.5,
  -2147483649,
  2147483648,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER - 2,
  1e308,
  -1e308,
  5e-324,
  "NaN",
  "Infinity",
  "-Infinity",
  "1e999",
  "12abc",
];

/** A JSON value nested `depth` levels deep, as an object chain or an array chain. */
export function nested(depth: number, kind: "object" | "array"): unknown {
  let value: unknown = kind === "object" ? {} : [];
  for (let i = 0; i < depth; i++) value = kind === "object" ? { a: value } : [value];
  return value;
}

/** Text over every length limit, in one of three alphabets (ASCII, multi-byte, broken UTF-16). */
export const hugeString = fc.constantFrom("x", "é", "😀", "\ud800").map((unit) => unit.repeat(HUGE));

/** Odd strings, plus random ones from the whole code-point range (lone surrogates included). */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
);

/** Any hostile value, whatever the schema: the "wrong type" side of every field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: oddString },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], { "": null }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 3000 }).map((d) => nested(d, "object")) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 3000 }).map((d) => nested(d, "array")) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const firstType = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type[0] : s.type);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const plausibleDate = fc.date({
  min: new Date("2000-01-01"),
  max: new Date("2099-12-31"),
  noInvalidDate: true,
});

function plausibleString(s: JsonSchema, name: string, known: KnownValues): fc.Arbitrary<string> {
  const fromKnown = known(name, s.format);
  const knownArb = fromKnown.length ? [{ weight: 4, arbitrary: fc.constantFrom(...fromKnown) }] : [];
  if (s.format === "uuid") return fc.oneof(...knownArb, { weight: 1, arbitrary: fc.uuid({ version: 4 }) });
  if (s.format === "date") return fc.oneof(...knownArb, { weight: 1, arbitrary: plausibleDate.map(isoDay) });
  if (s.format === "date-time")
    return fc.oneof(...knownArb, { weight: 1, arbitrary: plausibleDate.map((d) => d.toISOString()) });
  if (s.format === "email") return fc.nat(10_000).map((n) => `fuzz-${n}@example.org`);
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 40));
  if (s.pattern) {
    const matching = fc
      .stringMatching(new RegExp(s.pattern), { size: "xsmall" })
      .filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
    return fc.oneof(...knownArb, { weight: 1, arbitrary: matching });
  }
  const text = fc.string({ unit: "grapheme-ascii", minLength: min, maxLength: max });
  return fc.oneof(...knownArb, { weight: 2, arbitrary: text });
}

function plausibleNumber(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = Math.max(s.minimum ?? -1000, -1e6);
  const hi = Math.min(s.maximum ?? 1000, lo + 1e6);
  if (!integer) return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  // Versions, levels and counts are small in a real database: favour the low end of the range.
  const low = fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.min(hi, lo + 3)) });
  return fc.oneof(
    { weight: 3, arbitrary: low },
    {
      weight: 1,
      arbitrary: fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }),
    },
  );
}

/** What a reasonable client would send for `s` (it may still be refused: unknown ids, stale versions). */
export function plausible(s: JsonSchema, known: KnownValues, name = ""): fc.Arbitrary<unknown> {
  if ("const" in s) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const choices = s.anyOf ?? s.oneOf;
  if (choices?.length) {
    const nonNull = choices.filter((c) => c.type !== "null");
    const arbs = (nonNull.length ? nonNull : choices).map((c) => plausible(c, known, name));
    return nonNull.length < choices.length
      ? fc.oneof({ weight: 4, arbitrary: fc.oneof(...arbs) }, { weight: 1, arbitrary: fc.constant(null) })
      : fc.oneof(...arbs);
  }
  if (s.allOf?.length) return plausible(s.allOf[0]!, known, name);
  switch (firstType(s) ?? (s.properties ? "object" : undefined)) {
    case "string":
      return plausibleString(s, name, known);
    case "integer":
      return plausibleNumber(s, true);
    case "number":
      return plausibleNumber(s, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = s.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 3, 3));
      const items = plausible(s.items ?? {}, known, singular(name));
      return fc.array(items, { minLength, maxLength });
    }
    case "object":
      return plausibleObject(s, known);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const singular = (name: string) => name.replace(/s$/, "");

function plausibleObject(s: JsonSchema, known: KnownValues): fc.Arbitrary<Record<string, unknown>> {
  const props = s.properties ?? {};
  const keys = Object.keys(props);
  if (keys.length) {
    const model = Object.fromEntries(keys.map((k) => [k, plausible(props[k]!, known, k)]));
    return fc.record(model, { requiredKeys: s.required ?? [] }) as fc.Arbitrary<Record<string, unknown>>;
  }
  if (typeof s.additionalProperties === "object") {
    const key = s.propertyNames ? (plausible(s.propertyNames, known) as fc.Arbitrary<string>) : fc.string();
    return fc.dictionary(key, plausible(s.additionalProperties, known), { maxKeys: 3 });
  }
  return fc.constant({});
}

/** A value `s` must refuse: hostile values plus the boundaries just outside what `s` allows. */
export function wrongFor(s: JsonSchema): fc.Arbitrary<unknown> {
  const edges: unknown[] = [];
  const choice = (s.anyOf ?? s.oneOf)?.find((c) => c.type !== "null") ?? s;
  if (choice.maxLength !== undefined) edges.push("y".repeat(choice.maxLength + 1));
  if (choice.minLength) edges.push("y".repeat(choice.minLength - 1));
  if (choice.maximum !== undefined) edges.push(choice.maximum + 1, choice.maximum + 0.5);
  if (choice.minimum !== undefined) edges.push(choice.minimum - 1);
  if (choice.enum) edges.push(`${String(choice.enum[0])}-unknown`, String(choice.enum[0]).toUpperCase());
  if (choice.maxItems !== undefined) edges.push(Array.from({ length: choice.maxItems + 1 }, () => "x"));
  if (choice.format === "uuid") edges.push("not-a-uuid", "00000000-0000-0000-0000-00000000000g");
  if (choice.format === "date") edges.push("2023-02-29", "2023-13-01", "0000-00-00", "+275760-09-13");
  if (choice.format === "date-time") edges.push("2023-01-01T25:00:00Z", "2023-01-01", "yesterday");
  if (firstType(choice) === "object") edges.push([choice.properties ? {} : null], "{}");
  if (firstType(choice) === "array") edges.push({ 0: "x" }, "[]");
  return edges.length
    ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...edges) }, { weight: 3, arbitrary: hostileValue })
    : hostileValue;
}

/** Names a client never sends, including the prototype-pollution classics. */
export const unknownFieldName = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "id", "createdAt", "passwordHash", "$where"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
);
