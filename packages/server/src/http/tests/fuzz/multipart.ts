/** Multipart forms for the upload routes: plausible ones with one part spoiled, and broken ones. */
import fc from "fast-check";
import { oddString, plausible, type JsonSchema, type KnownValues } from "./schema-values.js";

export type FilePart = { field: string; filename: string; bytes: Buffer };
export type Form = {
  fields: [string, string][];
  files: FilePart[];
  /** Cut the body short (no closing boundary). */
  truncated?: boolean;
  /** Leave the boundary out of the content type. */
  noBoundary?: boolean;
};

const BOUNDARY = "----aims-fuzz-boundary";
const PDF = Buffer.from("%PDF-1.7\n% fuzz\n%%EOF\n");

/** File names an upload must survive: traversal, reserved names, NUL, bidi tricks, over-long. */
const FILE_NAMES = [
  "evidence.pdf",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  ".htaccess",
  "CON",
  "x.pdf\u0000.exe",
  "invoice\u202efdp.exe",
  `${"a".repeat(300)}.pdf`,
  "résumé 😀.pdf",
  'quote".pdf',
  "",
];
const fileName = fc.oneof(
  fc.constantFrom(...FILE_NAMES),
  oddString.filter((s) => s.length < 1000),
);
const fileBytes = fc.oneof(
  fc.constant(PDF),
  fc.constant(Buffer.from("<html><script>alert(1)</script></html>")),
  fc.uint8Array({ maxLength: 256 }).map((a) => Buffer.from(a)),
  fc.constant(Buffer.alloc(0)),
);
const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** A form for the schema's text fields and one `file` part, then spoiled as the label says. */
export function multipartCase(schema: JsonSchema, known: KnownValues): fc.Arbitrary<[string, Form]> {
  const props = Object.entries(schema.properties ?? {}).filter(([name]) => name !== "file");
  const model = Object.fromEntries(props.map(([name, s]) => [name, plausible(s, known, name).map(text)]));
  const required = (schema.required ?? []).filter((n) => n !== "file");
  const fields = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, string>>;
  const file = fc.record({ field: fc.constant("file"), filename: fileName, bytes: fileBytes });
  const spoil = fc.constantFrom(
    "plausible",
    "odd field value",
    "unknown field",
    "no file",
    "two files",
    "file under another name",
    "field over 64 KiB",
    "many fields",
    "truncated",
    "no boundary",
  );
  return fc.tuple(spoil, fields, file, oddString, fc.nat(props.length)).map(([label, f, part, odd, i]) => {
    const form: Form = { fields: Object.entries(f), files: [part] };
    const name = props[i % Math.max(props.length, 1)]?.[0] ?? "title";
    if (label === "odd field value") form.fields.push([name, odd]);
    if (label === "unknown field") form.fields.push([odd || "x", "1"]);
    if (label === "no file") form.files = [];
    if (label === "two files") form.files.push({ ...part, filename: "second.pdf" });
    if (label === "file under another name") form.files = [{ ...part, field: name }];
    if (label === "field over 64 KiB") form.fields.push([name, "y".repeat(70 * 1024)]);
    if (label === "many fields")
      form.fields.push(...Array.from({ length: 30 }, (_, n) => [`extra${n}`, "x"] as [string, string]));
    if (label === "truncated") form.truncated = true;
    if (label === "no boundary") form.noBoundary = true;
    return [label, form];
  });
}

/** The form as bytes on the wire (names and file names in raw UTF-8, as browsers send them). */
export function multipartBody(form: Form): { contentType: string; payload: Buffer } {
  const chunks: Buffer[] = [];
  for (const [name, value] of form.fields)
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const f of form.files)
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\n` +
          "Content-Type: application/octet-stream\r\n\r\n",
      ),
      f.bytes,
      Buffer.from("\r\n"),
    );
  if (!form.truncated) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  const contentType = form.noBoundary ? "multipart/form-data" : `multipart/form-data; boundary=${BOUNDARY}`;
  return { contentType, payload: Buffer.concat(chunks) };
}
