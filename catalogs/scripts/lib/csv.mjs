// Minimal RFC 4180 CSV reader for the reference files (UTF-8, comma, double-quote escaping).
import { readFileSync } from "node:fs";

/** Parses CSV text into an array of records keyed by the header row. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => !(r.length === 1 && r[0] === ""));
  if (!header) return [];
  return body.map((cells, line) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${line + 2} has ${cells.length} cells, header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, k) => [name, cells[k]]));
  });
}

/** Reads and parses a CSV file. */
export function readCsv(file) {
  return parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
}
