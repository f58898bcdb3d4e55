import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  AdoptDocumentTemplate,
  CreateDocument,
  DecisionRequest,
  DocumentDiffQuery,
  DocumentDiffView,
  DocumentListQuery,
  DocumentRevisionSummary,
  DocumentRevisionView,
  DocumentSummary,
  DocumentTemplateParams,
  DocumentTemplateView,
  DocumentVersionBody,
  DocumentView,
  IdParams,
  MarkDocumentReviewed,
  MyAcknowledgement,
  MyAcknowledgementsQuery,
  MyAcknowledgementView,
  OverdueAcknowledgement,
  PageQuery,
  pageOf,
  PublicationDetail,
  PublicationParams,
  PublicationPeopleQuery,
  PublicationView,
  PublishDocument,
  RevisionParams,
  SubmitDocument,
  UpdateDocument,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, ok, read, write } from "./responses.js";
import {
  createDocument,
  getDocument,
  listDocuments,
  markDocumentReviewed,
  setDocumentRetired,
  updateDocument,
} from "../services/documents/documents-service.js";
import { decideDocument, submitDocument } from "../services/documents/document-approval.js";
import {
  documentDiff,
  getDocumentRevision,
  listDocumentRevisions,
} from "../services/documents/document-revisions.js";
import { adoptDocumentTemplate, listDocumentTemplates } from "../services/documents/document-templates.js";
import {
  getPublication,
  listDocumentPublications,
  publishDocument,
} from "../services/documents/document-publications.js";
import {
  acknowledgePublication,
  getMyAcknowledgement,
  myAcknowledgements,
  overdueAcknowledgements,
} from "../services/documents/acknowledgements.js";

const signedIn = { permission: "authenticated" } as const;

/** Documented information: policies, procedures, their approval, history and review (ISO/IEC 42001 7.5, A.2). */
export function registerDocumentRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const tags = ["documents"];
  const url = "/api/v1/documents";
  const one = `${url}/:id`;

  r.get(
    url,
    {
      schema: {
        tags,
        summary: "Documents (filter by kind, status, owner, unit, review due; search by key or title)",
        querystring: DocumentListQuery,
        response: ok(pageOf(DocumentSummary)),
      },
      config: read,
    },
    async (request) => listDocuments(contextOf(request, db), request.query),
  );
  r.post(
    url,
    {
      schema: {
        tags,
        summary: "Create a draft document",
        body: CreateDocument,
        response: created(DocumentView),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createDocument(contextOf(request, db), request.body)),
  );
  r.get(
    one,
    {
      schema: {
        tags,
        summary: "Read a document and its working copy",
        params: IdParams,
        response: ok(DocumentView),
      },
      config: read,
    },
    async (request) => getDocument(contextOf(request, db), request.params.id),
  );
  r.patch(
    one,
    {
      schema: {
        tags,
        summary:
          "Change the working copy (an approved document becomes a new draft; its revision stays in force)",
        params: IdParams,
        body: UpdateDocument,
        response: ok(DocumentView),
      },
      config: write,
    },
    async (request) => updateDocument(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    `${one}/submit`,
    {
      schema: {
        tags,
        summary: "Freeze the working copy as the next revision and open its approval",
        params: IdParams,
        body: SubmitDocument,
        response: ok(DocumentView),
      },
      config: write,
    },
    async (request) =>
      submitDocument(
        contextOf(request, db),
        request.params.id,
        request.body.version,
        request.body.changeNote,
      ),
  );
  r.post(
    `${one}/decision`,
    {
      schema: {
        tags,
        summary: "The approver approves or rejects the pending revision",
        params: IdParams,
        body: DecisionRequest,
        response: ok(DocumentView),
      },
      config: signedIn,
    },
    async (request) =>
      decideDocument(contextOf(request, db), request.params.id, request.body.decision, request.body.comment),
  );
  r.post(
    `${one}/reviewed`,
    {
      schema: {
        tags,
        summary: "Record a periodic review with no change needed; the next review date moves on",
        params: IdParams,
        body: MarkDocumentReviewed,
        response: ok(DocumentView),
      },
      config: write,
    },
    async (request) =>
      markDocumentReviewed(
        contextOf(request, db),
        request.params.id,
        request.body.version,
        request.body.note,
      ),
  );
  for (const [action, retire] of [
    ["retire", true],
    ["reinstate", false],
  ] as const)
    r.post(
      `${one}/${action}`,
      {
        schema: {
          tags,
          summary: retire
            ? "Retire a document: no more edits, publications or reminders"
            : "Reinstate a retired document",
          params: IdParams,
          body: DocumentVersionBody,
          response: ok(DocumentView),
        },
        config: approve,
      },
      async (request) =>
        setDocumentRetired(contextOf(request, db), request.params.id, request.body.version, retire),
    );
  r.get(
    `${one}/revisions`,
    {
      schema: {
        tags,
        summary: "The frozen revisions, newest first",
        params: IdParams,
        querystring: PageQuery,
        response: ok(pageOf(DocumentRevisionSummary)),
      },
      config: read,
    },
    async (request) => listDocumentRevisions(contextOf(request, db), request.params.id, request.query),
  );
  r.get(
    `${one}/revisions/:number`,
    {
      schema: {
        tags,
        summary: "One revision with its text",
        params: RevisionParams,
        response: ok(DocumentRevisionView),
      },
      config: read,
    },
    async (request) => getDocumentRevision(contextOf(request, db), request.params.id, request.params.number),
  );
  r.get(
    `${one}/diff`,
    {
      schema: {
        tags,
        summary: "Line differences between two revisions, or a revision and the working copy (`working`)",
        params: IdParams,
        querystring: DocumentDiffQuery,
        response: ok(DocumentDiffView),
      },
      config: read,
    },
    async (request) =>
      documentDiff(contextOf(request, db), request.params.id, request.query.from, request.query.to),
  );
  r.get(
    `${one}/publications`,
    {
      schema: {
        tags,
        summary: "Publications of the document with their acknowledgement progress",
        params: IdParams,
        querystring: PageQuery,
        response: ok(pageOf(PublicationView)),
      },
      config: read,
    },
    async (request) => listDocumentPublications(contextOf(request, db), request.params.id, request.query),
  );
  r.post(
    `${one}/publications`,
    {
      schema: {
        tags,
        summary: "Publish the approved revision to people and business units to acknowledge",
        params: IdParams,
        body: PublishDocument,
        response: created(PublicationView),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await publishDocument(contextOf(request, db), request.params.id, request.body)),
  );
  r.get(
    "/api/v1/document-publications/:publicationId",
    {
      schema: {
        tags,
        summary: "Progress of one publication: counts and each person's status (pending first)",
        params: PublicationParams,
        querystring: PublicationPeopleQuery,
        response: ok(PublicationDetail),
      },
      config: read,
    },
    async (request) => getPublication(contextOf(request, db), request.params.publicationId, request.query),
  );
  r.get(
    "/api/v1/document-templates",
    {
      schema: {
        tags,
        summary: "The starter documents, and which the organization adopted",
        response: ok(pageOf(DocumentTemplateView)),
      },
      config: read,
    },
    async () => {
      const items = await listDocumentTemplates(db);
      return { items, total: items.length };
    },
  );
  r.post(
    "/api/v1/document-templates/:code/adopt",
    {
      schema: {
        tags,
        summary: "Adopt a starter document as a draft of your own (once per starter document)",
        params: DocumentTemplateParams,
        body: AdoptDocumentTemplate,
        response: created(DocumentView),
      },
      config: write,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await adoptDocumentTemplate(contextOf(request, db), request.params.code, request.body)),
  );
  registerAcknowledgementRoutes(app, deps);
}

/** Acknowledgement of published documents by each person (ISO/IEC 42001 7.3 awareness). */
function registerAcknowledgementRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["acknowledgements"];
  const url = "/api/v1/acknowledgements";

  r.get(
    `${url}/mine`,
    {
      schema: {
        tags,
        summary: "What I was asked to read and acknowledge, pending first",
        querystring: MyAcknowledgementsQuery,
        response: ok(pageOf(MyAcknowledgement)),
      },
      config: signedIn,
    },
    async (request) => myAcknowledgements(contextOf(request, db), request.query),
  );
  r.get(
    `${url}/overdue`,
    {
      schema: {
        tags,
        summary: "Pending acknowledgements past their due date, across publications",
        querystring: PageQuery,
        response: ok(pageOf(OverdueAcknowledgement)),
      },
      config: read,
    },
    async (request) => overdueAcknowledgements(contextOf(request, db), request.query),
  );
  r.get(
    `${url}/:publicationId`,
    {
      schema: {
        tags,
        summary: "A publication addressed to me, with the text to read",
        params: PublicationParams,
        response: ok(MyAcknowledgementView),
      },
      config: signedIn,
    },
    async (request) => {
      const ctx = contextOf(request, db);
      return getMyAcknowledgement(ctx.db, ctx, request.params.publicationId);
    },
  );
  r.post(
    `${url}/:publicationId`,
    {
      schema: {
        tags,
        summary: "I have read and understood the published revision",
        params: PublicationParams,
        response: ok(MyAcknowledgementView),
      },
      config: signedIn,
    },
    async (request) => acknowledgePublication(contextOf(request, db), request.params.publicationId),
  );
}
