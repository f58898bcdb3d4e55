import type { FastifyInstance, FastifyRequest } from "fastify";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  DomainError,
  PORTAL_LINK_HEADER,
  PortalFile,
  PortalFileParams,
  PortalFollowUpAnswer,
  PortalFollowUpParams,
  PortalQuestionnaire,
  PortalSaveAnswers,
  PortalUploadForm,
  VqContentId,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { invalidField, readFileForm } from "./multipart-upload.js";
import { errorResponses, ok } from "./responses.js";
import { portalOf } from "./vendor-link-auth.js";
import { databaseRateLimitStore } from "../services/shared/rate-limit-store.js";
import {
  answerPortalFollowUp,
  readPortal,
  savePortalAnswers,
  submitPortal,
} from "../services/portal/portal-service.js";
import { deletePortalFile, uploadPortalFile } from "../services/portal/portal-files.js";
import { auditRejectedPortalRequest } from "../services/portal/portal-auth.js";

const link = { permission: "vendor-link" } as const;

/** The credential of every portal route, documented as a header (the link's part after `#`). */
const LinkHeader = z.looseObject({
  [PORTAL_LINK_HEADER]: z.string().describe("the questionnaire link token: the part of the link after #"),
});

const FORM_OVERHEAD = 64 * 1024;

/** Reads the upload: a `questionId` field and one part named `file` (see readFileForm). */
async function readPortalUpload(request: FastifyRequest, maxBytes: number) {
  const { file, fields } = await readFileForm(request, {
    maxBytes,
    formOverhead: FORM_OVERHEAD,
    formHint: "a field questionId and a part named `file`",
    fieldTooLong: "is too long",
  });
  const unknown = Object.keys(fields).find((k) => k !== "questionId");
  if (unknown) invalidField(unknown, "is not a field of this form (send questionId and file)");
  const questionId = VqContentId.safeParse(fields.questionId ?? "");
  if (!questionId.success) invalidField("questionId", "name the file question this file answers");
  if (!file) return invalidField("file", "attach the file in a part named `file`");
  return { questionId: questionId.data!, file };
}

/** The error code of an error body about to be sent (null when it is not one). */
function errorCodeOf(payload: unknown): string | null {
  if (typeof payload !== "string") return null;
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return typeof code === "string" ? code : null;
  } catch {
    return null;
  }
}

const uploadErrors = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

/**
 * The vendor portal (ISO/IEC 42001 A.10.3): a vendor contact answers one questionnaire through its
 * link, with no account. Every route takes only the link token (`x-vendor-link`), is rate limited per
 * client address and audits each access, reads included.
 */
export async function registerPortalRoutes(
  app: FastifyInstance,
  { database, config }: RouteDeps,
): Promise<void> {
  const { db } = database;
  const tags = ["vendor portal"];
  const maxBytes = config.AIMS_EVIDENCE_MAX_BYTES;

  await app.register(async (portal) => {
    // Counts every request, refused links included: the limit runs before the link is checked.
    await portal.register(fastifyRateLimit, {
      max: config.AIMS_PORTAL_RATE_LIMIT,
      timeWindow: 60_000,
      keyGenerator: (request) => request.ip,
      store: databaseRateLimitStore(database.db, "portal"),
      errorResponseBuilder: (_request, context) =>
        new DomainError(
          "RATE_LIMITED",
          `too many requests to the questionnaire portal; try again in ${context.after}`,
          { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
        ),
    });
    // A request through a valid link that the service refused is audited too (its own change rolled back).
    portal.addHook("onSend", async (request, reply, payload) => {
      if (!request.vendorLink || reply.statusCode < 400) return payload;
      try {
        const { ctx, link: l } = portalOf(request, db);
        await auditRejectedPortalRequest(ctx, l, {
          method: request.method,
          path: request.routeOptions.url ?? request.url.split("?")[0]!,
          status: reply.statusCode,
          code: errorCodeOf(payload),
        });
      } catch (error) {
        request.log.error({ err: error }, "could not audit a refused portal request");
      }
      return payload;
    });
    const r = portal.withTypeProvider<ZodTypeProvider>();

    r.get(
      "/api/v1/portal/questionnaire",
      {
        schema: {
          tags,
          summary: "The questionnaire of the link, with your answers, files and follow-up questions",
          headers: LinkHeader,
          response: ok(PortalQuestionnaire),
        },
        config: link,
      },
      async (request) => {
        const { ctx, link: l } = portalOf(request, db);
        return readPortal(ctx, l);
      },
    );
    r.put(
      "/api/v1/portal/answers",
      {
        schema: {
          tags,
          summary: "Save answers (some or all; null clears one) and comments; submit when done",
          headers: LinkHeader,
          body: PortalSaveAnswers,
          response: ok(PortalQuestionnaire),
        },
        config: link,
      },
      async (request) => {
        const { ctx, link: l } = portalOf(request, db);
        return savePortalAnswers(ctx, l, request.body);
      },
    );
    r.post(
      "/api/v1/portal/follow-ups/:followUpId/answer",
      {
        schema: {
          tags,
          summary: "Answer a follow-up question",
          headers: LinkHeader,
          params: PortalFollowUpParams,
          body: PortalFollowUpAnswer,
          response: ok(PortalQuestionnaire),
        },
        config: link,
      },
      async (request) => {
        const { ctx, link: l } = portalOf(request, db);
        return answerPortalFollowUp(ctx, l, request.params.followUpId, request.body.answer);
      },
    );
    r.post(
      "/api/v1/portal/submit",
      {
        schema: {
          tags,
          summary: "Submit the answers for review (every required question shown must be answered)",
          headers: LinkHeader,
          response: ok(PortalQuestionnaire),
        },
        config: link,
      },
      async (request) => {
        const { ctx, link: l } = portalOf(request, db);
        return submitPortal(ctx, l);
      },
    );
    r.delete(
      "/api/v1/portal/files/:fileId",
      {
        schema: {
          tags,
          summary: "Remove a file you uploaded (not one already submitted)",
          headers: LinkHeader,
          params: PortalFileParams,
          response: { 204: z.null(), ...errorResponses },
        },
        config: link,
      },
      async (request, reply) => {
        const { ctx, link: l } = portalOf(request, db);
        await deletePortalFile(ctx, l, request.params.fileId);
        return reply.code(204).send(null);
      },
    );

    // Multipart is accepted on the upload route only.
    await portal.register(async (scope) => {
      await scope.register(fastifyMultipart, {
        throwFileSizeLimit: false,
        preservePath: true, // keep `../` in names so they are refused, not silently trimmed
        limits: { fileSize: maxBytes, files: 2, fields: 4, fieldSize: 1024, parts: 6 },
      });
      scope.withTypeProvider<ZodTypeProvider>().post(
        "/api/v1/portal/files",
        {
          schema: {
            tags,
            summary: `Upload a file answering a file question (multipart/form-data: questionId and file, at most ${maxBytes} bytes)`,
            consumes: ["multipart/form-data"],
            headers: LinkHeader,
            body: PortalUploadForm,
            response: { 201: PortalFile, ...uploadErrors },
          },
          // The body is a stream read by the handler; the schema above documents it.
          validatorCompiler: () => () => true,
          config: link,
        },
        async (request, reply) => {
          const { ctx, link: l } = portalOf(request, db);
          const upload = await readPortalUpload(request, maxBytes);
          return reply
            .code(201)
            .send(await uploadPortalFile(ctx, l, upload.questionId, upload.file, maxBytes));
        },
      );
    });
  });
}
