import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fastifyMultipart from "@fastify/multipart";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateEvidenceLink,
  DeleteEvidenceQuery,
  EvidenceCreated,
  EvidenceDetail,
  EvidenceListQuery,
  EvidenceTarget,
  EvidenceUploadFields,
  EvidenceUploadForm,
  EvidenceView,
  IdParams,
  pageOf,
  UpdateEvidence,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { invalidField, readFileForm } from "./multipart-upload.js";
import { contextOf } from "./auth-hooks.js";
import { created, errorResponses, ok, read, write } from "./responses.js";
import {
  createFileEvidence,
  createLinkEvidence,
  type NewFileEvidence,
} from "../services/evidence/evidence-create.js";
import {
  deleteEvidence,
  getEvidence,
  listEvidence,
  updateEvidence,
} from "../services/evidence/evidence-service.js";
import { linkEvidence, unlinkEvidence } from "../services/evidence/evidence-links-service.js";
import { attachmentDisposition, readEvidenceFile } from "../services/evidence/evidence-download.js";

/** Room for the text fields and part headers around the file in a multipart body. */
const FORM_OVERHEAD = 1024 * 1024;
const MAX_FORM_FIELDS = 20;
const MAX_FIELD_BYTES = 64 * 1024;

/** Reads an evidence upload: one part named `file` and the metadata fields (see readFileForm). */
async function readUpload(request: FastifyRequest, maxBytes: number) {
  const { file, fields } = await readFileForm(request, {
    maxBytes,
    formOverhead: FORM_OVERHEAD,
    formHint: `a part named \`file\` and at most ${MAX_FORM_FIELDS} fields: title, validUntil, …`,
    fieldTooLong: `must be at most ${MAX_FIELD_BYTES} bytes`,
  });
  if (!file) return invalidField("file", "attach the file in a part named `file`");
  const parsed = EvidenceUploadFields.parse(fields);
  const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
  return { file, fields: defined as NewFileEvidence };
}

const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/** Evidence (ISO/IEC 42001 7.5.3, 9.1): files and links with their dates, linked to what they support. */
export async function registerEvidenceRoutes(
  app: FastifyInstance,
  { database, config }: RouteDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["evidence"];
  const maxBytes = config.AIMS_EVIDENCE_MAX_BYTES;

  r.get(
    "/api/v1/evidence",
    {
      schema: {
        tags,
        summary: "Evidence: filter by state (computed from the dates), linked record, owner, unit; search",
        querystring: EvidenceListQuery,
        response: ok(pageOf(EvidenceView)),
      },
      config: read,
    },
    async (request) => listEvidence(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/evidence",
    {
      schema: {
        tags,
        summary: "Record a link (http or https address) as evidence",
        body: CreateEvidenceLink,
        response: created(EvidenceCreated),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createLinkEvidence(contextOf(request, db), request.body)),
  );

  // Multipart is accepted on the upload route only; the rest of the API speaks JSON.
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      throwFileSizeLimit: false,
      preservePath: true, // keep `../` in names so they are refused, not silently trimmed
      limits: {
        fileSize: maxBytes,
        files: 2,
        fields: MAX_FORM_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        parts: 25,
      },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      "/api/v1/evidence/files",
      {
        schema: {
          tags,
          summary: `Upload a file as evidence (multipart/form-data, at most ${maxBytes} bytes; no HTML, SVG or scripts)`,
          consumes: ["multipart/form-data"],
          body: EvidenceUploadForm,
          response: { 201: EvidenceCreated, ...uploadErrors },
        },
        // The body is a stream read by the handler; the schema above documents it.
        validatorCompiler: () => () => true,
        config: write,
      },
      async (request, reply) => {
        const ctx = contextOf(request, db);
        const upload = await readUpload(request, maxBytes);
        return reply.code(201).send(await createFileEvidence(ctx, upload.file, upload.fields, maxBytes));
      },
    );
  });

  r.get(
    "/api/v1/evidence/:id",
    {
      schema: {
        tags,
        summary: "Read evidence with its links, state and, when stale, why",
        params: IdParams,
        response: ok(EvidenceDetail),
      },
      config: read,
    },
    async (request) => getEvidence(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/evidence/:id",
    {
      schema: {
        tags,
        summary: "Change the metadata and dates (send the version you read)",
        params: IdParams,
        body: UpdateEvidence,
        response: ok(EvidenceDetail),
      },
      config: write,
    },
    async (request) => updateEvidence(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/evidence/:id",
    {
      schema: {
        tags,
        summary: "Delete evidence that supports nothing (unlink it first); send the version you read",
        params: IdParams,
        querystring: DeleteEvidenceQuery,
        response: { 204: z.null(), ...errorResponses },
      },
      config: write,
    },
    async (request, reply) => {
      await deleteEvidence(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
  r.get(
    "/api/v1/evidence/:id/file",
    {
      schema: {
        tags,
        summary: "Download the file (always as an attachment, never rendered)",
        params: IdParams,
        response: errorResponses,
      },
      config: read,
    },
    async (request, reply) => {
      const file = await readEvidenceFile(contextOf(request, db), request.params.id);
      return (reply as FastifyReply)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "sandbox; default-src 'none'")
        .header("cache-control", "private, no-store")
        .type(file.contentType)
        .send(file.bytes);
    },
  );
  r.post(
    "/api/v1/evidence/:id/links",
    {
      schema: {
        tags,
        summary: "Link evidence to a control, requirement (catalog key), risk, AI system or document",
        params: IdParams,
        body: EvidenceTarget,
        response: ok(EvidenceDetail),
      },
      config: write,
    },
    async (request) => linkEvidence(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/evidence/:id/links",
    {
      schema: {
        tags,
        summary: "Remove a link (target in the query: requirement keys contain slashes)",
        params: IdParams,
        querystring: EvidenceTarget,
        response: ok(EvidenceDetail),
      },
      config: write,
    },
    async (request) => unlinkEvidence(contextOf(request, db), request.params.id, request.query),
  );
}
