import type { FastifyRequest } from "fastify";
import { DomainError, tooLargeMessage } from "@openaims/core";

export type UploadedFile = { name: string; bytes: Buffer };

/** A field error in our standard shape (400 with the field's path). */
export const invalidField = (path: string, message: string): never => {
  throw new DomainError("VALIDATION_FAILED", `${path}: ${message}`, { issues: [{ path, message }] });
};

/** Multipart errors of @fastify/multipart in our words (never a generic 4xx or a 500). */
function multipartError(error: unknown, formHint: string): DomainError {
  const code = (error as { code?: string }).code;
  if (code === "FST_FILES_LIMIT")
    return new DomainError("VALIDATION_FAILED", "file: send one file per upload");
  if (code === "FST_FIELDS_LIMIT" || code === "FST_PARTS_LIMIT")
    return new DomainError("VALIDATION_FAILED", `the form has too many fields (${formHint})`);
  if (code === "FST_PROTO_VIOLATION" || code === "FST_INVALID_JSON_FIELD_ERROR")
    return new DomainError("VALIDATION_FAILED", "the form has a field that is not allowed");
  return new DomainError("MALFORMED_REQUEST", "the multipart body could not be read; send it again");
}

/**
 * Reads a multipart form of text fields and one part named `file`, used by evidence uploads and the
 * vendor portal. A file over `maxBytes` is drained, not kept, and refused with 413 once the body is
 * read (a browser then sees the answer instead of a reset connection). Nothing is stored here.
 */
export async function readFileForm(
  request: FastifyRequest,
  options: {
    maxBytes: number;
    /** Bytes the form may carry besides the file before it is refused unread. */
    formOverhead: number;
    /** What the form holds, for messages ("a part named `file` and the fields …"). */
    formHint: string;
    /** Message for a field value over the field size limit. */
    fieldTooLong: string;
  },
): Promise<{ file: UploadedFile | null; fields: Record<string, string> }> {
  const { maxBytes, formHint } = options;
  if (!request.isMultipart())
    throw new DomainError("UNSUPPORTED_MEDIA_TYPE", `send multipart/form-data: ${formHint}`);
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes + options.formOverhead)
    throw new DomainError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxBytes), { maxBytes });
  const fields: Record<string, string> = {};
  let file: UploadedFile | null = null;
  let tooLarge = false;
  let extraFile = false;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const chunks: Buffer[] = [];
        for await (const chunk of part.file) if (!part.file.truncated) chunks.push(chunk as Buffer);
        if (part.file.truncated) tooLarge = true;
        const bytes = Buffer.concat(chunks);
        // A file input left empty sends a nameless, empty part: that is "no file", not an empty file.
        if (part.filename === "" && bytes.length === 0) continue;
        if (part.fieldname !== "file" || file) extraFile = true;
        else file = { name: part.filename, bytes };
      } else {
        if (part.valueTruncated) invalidField(part.fieldname, options.fieldTooLong);
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw error instanceof DomainError ? error : multipartError(error, formHint);
  }
  if (tooLarge) throw new DomainError("PAYLOAD_TOO_LARGE", tooLargeMessage(maxBytes), { maxBytes });
  if (extraFile) invalidField("file", "send one file, in the part named `file`");
  return { file, fields };
}
