/** Shared helpers of the evidence route tests: multipart bodies and row counts. */
import { randomBytes } from "node:crypto";
import type { Database } from "../db/client.js";

export type FilePart = { name: string; bytes: Buffer | string; type?: string; field?: string };

/** A multipart/form-data body as a browser sends it (file name bytes in UTF-8, unescaped). */
export function multipart(fields: Record<string, string>, ...files: FilePart[]) {
  const boundary = `----aims${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? "file"}"; filename="${f.name}"\r\n` +
          `Content-Type: ${f.type ?? "application/octet-stream"}\r\n\r\n`,
      ),
      Buffer.isBuffer(f.bytes) ? f.bytes : Buffer.from(f.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export const PDF = (text = "evidence") => Buffer.from(`%PDF-1.7\n% ${text}\n%%EOF\n`);
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Rows of every table an upload writes, to prove a refusal wrote nothing. */
export async function evidenceRowCounts(database: Database) {
  const [row] = await database.query(
    `SELECT (SELECT count(*) FROM evidence)::int AS evidence,
            (SELECT count(*) FROM evidence_files)::int AS files,
            (SELECT count(*) FROM evidence_links)::int AS links,
            (SELECT count(*) FROM audit_events WHERE entity_type = 'evidence')::int AS audit,
            (SELECT coalesce(max(last), 0) FROM key_counters WHERE entity = 'evidence')::int AS keys`,
  );
  return row as { evidence: number; files: number; links: number; audit: number; keys: number };
}

export const day = (offset: number) => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};
