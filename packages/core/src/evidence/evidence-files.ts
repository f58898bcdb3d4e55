/**
 * What an uploaded evidence file must be before anything is stored (ISO/IEC 42001 7.5.3: documented
 * information protected from improper use). The server and the CLI run the same checks; the web
 * shows the allowed types. Pure: bytes in, a decision out.
 */
import { DomainError } from "../errors/domain-error.js";

/** Default upper bound of one evidence file (the server's AIMS_EVIDENCE_MAX_BYTES). */
export const DEFAULT_EVIDENCE_MAX_BYTES = 25 * 1024 * 1024;

type Magic = "pdf" | "png" | "jpeg" | "gif" | "webp" | "zip" | "text";

type FileType = { extensions: readonly string[]; contentType: string; magic: Magic; label: string };

const OOXML = "application/vnd.openxmlformats-officedocument";
const ODF = "application/vnd.oasis.opendocument";

/**
 * The allowlist: the content type stored and served is ours, never the client's. None renders as
 * a page in a browser; text types are served as plain text, downloads as attachments.
 */
export const EVIDENCE_FILE_TYPES: readonly FileType[] = [
  { extensions: ["pdf"], contentType: "application/pdf", magic: "pdf", label: "PDF" },
  { extensions: ["png"], contentType: "image/png", magic: "png", label: "PNG" },
  { extensions: ["jpg", "jpeg"], contentType: "image/jpeg", magic: "jpeg", label: "JPEG" },
  { extensions: ["gif"], contentType: "image/gif", magic: "gif", label: "GIF" },
  { extensions: ["webp"], contentType: "image/webp", magic: "webp", label: "WebP" },
  { extensions: ["txt", "log"], contentType: "text/plain; charset=utf-8", magic: "text", label: "text" },
  { extensions: ["csv"], contentType: "text/csv; charset=utf-8", magic: "text", label: "CSV" },
  { extensions: ["md"], contentType: "text/markdown; charset=utf-8", magic: "text", label: "Markdown" },
  { extensions: ["json"], contentType: "application/json", magic: "text", label: "JSON" },
  { extensions: ["yaml", "yml"], contentType: "application/yaml", magic: "text", label: "YAML" },
  { extensions: ["docx"], contentType: `${OOXML}.wordprocessingml.document`, magic: "zip", label: "Word" },
  { extensions: ["xlsx"], contentType: `${OOXML}.spreadsheetml.sheet`, magic: "zip", label: "Excel" },
  {
    extensions: ["pptx"],
    contentType: `${OOXML}.presentationml.presentation`,
    magic: "zip",
    label: "PowerPoint",
  },
  { extensions: ["odt"], contentType: `${ODF}.text`, magic: "zip", label: "OpenDocument text" },
  { extensions: ["ods"], contentType: `${ODF}.spreadsheet`, magic: "zip", label: "OpenDocument sheet" },
  { extensions: ["odp"], contentType: `${ODF}.presentation`, magic: "zip", label: "OpenDocument slides" },
  { extensions: ["zip"], contentType: "application/zip", magic: "zip", label: "ZIP" },
];

/** File name extensions a person may pick (`.pdf,.png,…`, for an `accept` attribute). */
export const EVIDENCE_FILE_EXTENSIONS: readonly string[] = EVIDENCE_FILE_TYPES.flatMap((t) => t.extensions);

/** Types a browser would run as a page or script: refused by name whatever their content. */
const ACTIVE_EXTENSIONS = new Set([
  "html",
  "htm",
  "xhtml",
  "shtml",
  "mht",
  "mhtml",
  "svg",
  "svgz",
  "xml",
  "xsl",
  "xslt",
  "js",
  "mjs",
  "cjs",
  "hta",
]);

const MAX_NAME_LENGTH = 255;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/;

/** A human-readable size: 25 MiB, 512 KiB, 300 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** The message of a file over the limit (the API's 413 and the web's early check say the same). */
export function tooLargeMessage(maxBytes: number): string {
  return `the file is larger than the limit of ${formatBytes(maxBytes)} (${maxBytes} bytes); split it or link to where it is kept`;
}

const refuse = (message: string): never => {
  throw new DomainError("VALIDATION_FAILED", message, { issues: [{ path: "file", message }] });
};

/**
 * A file name must be a bare name: no folder, no way up (`../`), no drive or absolute path, no
 * control characters. Refused rather than cleaned so the person sees what was wrong.
 */
export function checkEvidenceFileName(name: string): string {
  if (CONTROL.test(name)) refuse("the file name must not contain control characters (such as NUL)");
  if (name.trim() === "") refuse("the file has no name");
  if (name.length > MAX_NAME_LENGTH) refuse(`the file name must be at most ${MAX_NAME_LENGTH} characters`);
  if (name.includes("../") || name.includes("..\\") || name === ".." || name === ".")
    refuse("the file name contains a path-traversal sequence (../); send the bare file name");
  if (/^[A-Za-z]:/.test(name) || name.startsWith("/") || name.startsWith("\\"))
    refuse("the file name is an absolute path; send the bare file name");
  if (name.includes("/") || name.includes("\\"))
    refuse("the file name must not contain a folder (/ or \\); send the bare file name");
  return name;
}

/** The lower-case extension of a file name, "" when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The first bytes as lower-case ASCII, skipping a byte-order mark and leading white space. */
function leadingText(bytes: Uint8Array, length = 512): string {
  let start = 0;
  let step = 1;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // UTF-16: keep the ASCII byte of each code unit.
    start = bytes[0] === 0xff ? 2 : 3;
    step = 2;
  }
  let text = "";
  for (let i = start; i < bytes.length && text.length < length; i += step)
    text += String.fromCharCode(bytes[i]!);
  return text.replace(/^[\t\n\f\r ]+/, "").toLowerCase();
}

/** Tags after which a browser's content sniffing (WHATWG MIME Sniffing 7.1) takes bytes for HTML. */
const HTML_SIGNATURES = [
  "<!doctype html",
  "<html",
  "<head",
  "<script",
  "<iframe",
  "<h1",
  "<div",
  "<font",
  "<table",
  "<a",
  "<style",
  "<title",
  "<b",
  "<body",
  "<br",
  "<p",
  "<!--",
  "<svg",
  "<?xml",
];

/** Whether the bytes look like HTML, SVG or XML to a browser (after a BOM and white space). */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  const text = leadingText(bytes);
  return HTML_SIGNATURES.some((sig) => {
    if (!text.startsWith(sig)) return false;
    if (sig === "<!--" || sig === "<?xml") return true;
    const next = text.charAt(sig.length);
    return (
      next === "" ||
      next === ">" ||
      next === " " ||
      next === "\t" ||
      next === "\n" ||
      next === "\r" ||
      next === "\f" ||
      next === "/"
    );
  });
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function magicMatches(magic: Magic, bytes: Uint8Array, extension: string): boolean {
  switch (magic) {
    case "pdf":
      return startsWith(bytes, ...ascii("%PDF-"));
    case "png":
      return startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case "jpeg":
      return startsWith(bytes, 0xff, 0xd8, 0xff);
    case "gif":
      return startsWith(bytes, ...ascii("GIF87a")) || startsWith(bytes, ...ascii("GIF89a"));
    case "webp":
      return startsWith(bytes, ...ascii("RIFF")) && ascii("WEBP").every((b, i) => bytes[8 + i] === b);
    case "zip":
      // An empty archive has only its end record; only a plain .zip may be empty.
      return (
        startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) ||
        (extension === "zip" && startsWith(bytes, 0x50, 0x4b, 0x05, 0x06))
      );
    case "text":
      return true;
  }
}

export type CheckedEvidenceFile = { fileName: string; contentType: string; sizeBytes: number };

/**
 * Decides whether a file may be stored as evidence, in this order: its name, empty, too large,
 * an active type (HTML, SVG, XML, script) by name or by content, a type outside the allowlist,
 * and content that does not match its type. Throws DomainError (400, 413 or 415) with a message
 * a person can act on; returns the content type to store.
 */
export function checkEvidenceFile(
  file: { name: string; bytes: Uint8Array },
  maxBytes: number,
): CheckedEvidenceFile {
  const fileName = checkEvidenceFileName(file.name);
  if (file.bytes.length === 0) refuse("the file is empty");
  if (file.bytes.length > maxBytes)
    throw new DomainError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxBytes), { maxBytes });
  const extension = extensionOf(fileName);
  if (ACTIVE_EXTENSIONS.has(extension) || looksLikeMarkup(file.bytes))
    throw new DomainError(
      "UNSUPPORTED_MEDIA_TYPE",
      "HTML, SVG, XML and script files are not accepted as evidence because a browser could run them; save the page as PDF or link to it instead",
    );
  const type = EVIDENCE_FILE_TYPES.find((t) => t.extensions.includes(extension));
  if (!type)
    throw new DomainError(
      "UNSUPPORTED_MEDIA_TYPE",
      `${extension ? `.${extension} files are` : "a file without an extension is"} not accepted as evidence; allowed: ${EVIDENCE_FILE_EXTENSIONS.map((e) => `.${e}`).join(", ")}`,
      { allowed: EVIDENCE_FILE_EXTENSIONS },
    );
  if (!magicMatches(type.magic, file.bytes, extension))
    throw new DomainError(
      "UNSUPPORTED_MEDIA_TYPE",
      `the content is not a ${type.label} file although the name ends in .${extension}`,
    );
  return { fileName, contentType: type.contentType, sizeBytes: file.bytes.length };
}
