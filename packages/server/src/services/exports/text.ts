/**
 * Text made safe for every output format: XML (DOCX, XLSX) refuses control characters and lone
 * surrogates, and a PDF font has no glyph for them either. Tabs and line breaks are kept.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** Excel refuses cells longer than 32,767 characters. */
export const XLSX_CELL_LIMIT = 32_767;
