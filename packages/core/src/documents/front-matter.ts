/**
 * Markdown files with a front-matter block (`---` lines around YAML), as the starter documents in
 * catalogs/documents are written. Only the split lives here: the YAML itself is parsed where files
 * are read (core stays free of file parsers).
 */
export type FrontMatterSplit = { frontMatter: string | null; body: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** The front-matter text (null when the file has none) and the Markdown body after it. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPENING.exec(text);
  if (!open) return { frontMatter: null, body: text.replace(/^\uFEFF/, "") };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { frontMatter: null, body: text.replace(/^\uFEFF/, "") };
  const frontMatter = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, "");
  return { frontMatter, body: body.replace(/^\s*\n/, "") };
}
