import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AiLiteracy,
  AiLiteracyQuery,
  Competence,
  CompetenceGapsQuery,
  CompetenceListQuery,
  CreateCompetence,
  CreateOrgRole,
  CreateTrainingRecord,
  IdParams,
  OrgRole,
  OrgRoleListQuery,
  OrgRoleMemberBody,
  OrgRoleMemberParams,
  pageOf,
  PersonGaps,
  PersonRaci,
  PersonRaciQuery,
  RaciMatrix,
  RaciMatrixQuery,
  RaciRow,
  RoleCompetenceQuery,
  RoleCompetenceSummary,
  SetRaciCell,
  SetRoleCompetences,
  TrainingRecord,
  TrainingRecordListQuery,
  UpdateCompetence,
  UpdateOrgRole,
  UpdateTrainingRecord,
  UserIdParams,
  VersionQuery,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { created, errorResponses, ok, read, write } from "./responses.js";
import {
  addOrgRoleMember,
  createOrgRole,
  deleteOrgRole,
  getOrgRole,
  listOrgRoles,
  removeOrgRoleMember,
  setRoleCompetences,
  updateOrgRole,
} from "../services/people/org-roles-service.js";
import { getPersonRaci, getRaciMatrix, setRaciCell } from "../services/people/raci-service.js";
import {
  createCompetence,
  deleteCompetence,
  getCompetence,
  listCompetences,
  updateCompetence,
} from "../services/people/competences-service.js";
import {
  createTrainingRecord,
  deleteTrainingRecord,
  getTrainingRecord,
  listTrainingRecords,
  updateTrainingRecord,
} from "../services/people/training-records-service.js";
import {
  getAiLiteracy,
  getCompetenceGaps,
  getRoleCompetenceSummaries,
} from "../services/people/competence-status-service.js";

const deleted = { 204: z.null(), ...errorResponses };

/**
 * Roles and the RACI matrix (ISO/IEC 42001 5.3, A.3.2); competence, training and AI literacy
 * (7.2, A.4.6; EU AI Act Art. 4). Reading needs records:read, changing records:write.
 */
export function registerPeopleRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  // Organization roles
  let tags = ["roles"];
  r.get(
    "/api/v1/org-roles",
    {
      schema: {
        tags,
        summary: "List the organization's AIMS roles with members and required competences",
        querystring: OrgRoleListQuery,
        response: ok(pageOf(OrgRole)),
      },
      config: read,
    },
    async (request) => listOrgRoles(db, request.query),
  );
  r.post(
    "/api/v1/org-roles",
    {
      schema: {
        tags,
        summary: "Create a role (name unique)",
        body: CreateOrgRole,
        response: created(OrgRole),
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await createOrgRole(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/org-roles/:id",
    { schema: { tags, summary: "Read a role", params: IdParams, response: ok(OrgRole) }, config: read },
    async (request) => getOrgRole(db, request.params.id),
  );
  r.patch(
    "/api/v1/org-roles/:id",
    {
      schema: {
        tags,
        summary: "Rename or describe a role (send the version you read)",
        params: IdParams,
        body: UpdateOrgRole,
        response: ok(OrgRole),
      },
      config: write,
    },
    async (request) => updateOrgRole(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/org-roles/:id",
    {
      schema: {
        tags,
        summary: "Delete a role with its members, requirements and RACI assignments (?version=)",
        params: IdParams,
        querystring: VersionQuery,
        response: deleted,
      },
      config: write,
    },
    async (request, reply) => {
      await deleteOrgRole(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
  r.post(
    "/api/v1/org-roles/:id/members",
    {
      schema: {
        tags,
        summary: "Add a person to a role (idempotent)",
        params: IdParams,
        body: OrgRoleMemberBody,
        response: ok(OrgRole),
      },
      config: write,
    },
    async (request) => addOrgRoleMember(contextOf(request, db), request.params.id, request.body.userId),
  );
  r.delete(
    "/api/v1/org-roles/:id/members/:userId",
    {
      schema: {
        tags,
        summary: "Take a person off a role (idempotent)",
        params: OrgRoleMemberParams,
        response: ok(OrgRole),
      },
      config: write,
    },
    async (request) => removeOrgRoleMember(contextOf(request, db), request.params.id, request.params.userId),
  );
  r.put(
    "/api/v1/org-roles/:id/competences",
    {
      schema: {
        tags,
        summary: "Set the competences a role requires (send the role's version)",
        params: IdParams,
        body: SetRoleCompetences,
        response: ok(OrgRole),
      },
      config: write,
    },
    async (request) => setRoleCompetences(contextOf(request, db), request.params.id, request.body),
  );

  // RACI matrix
  tags = ["raci"];
  r.get(
    "/api/v1/raci",
    {
      schema: {
        tags,
        summary: "A page of the RACI matrix: processes, then AI systems, with warnings per row",
        querystring: RaciMatrixQuery,
        response: ok(RaciMatrix),
      },
      config: read,
    },
    async (request) => getRaciMatrix(contextOf(request, db), request.query),
  );
  r.put(
    "/api/v1/raci/cells",
    {
      schema: {
        tags,
        summary: "Set the letters (R, A, C, I) one assignee holds for one process or AI system",
        body: SetRaciCell,
        response: ok(RaciRow),
      },
      config: write,
    },
    async (request) => setRaciCell(contextOf(request, db), request.body),
  );
  r.get(
    "/api/v1/raci/people/:userId",
    {
      schema: {
        tags,
        summary: "What a person is R/A/C/I for, directly or through roles",
        params: UserIdParams,
        querystring: PersonRaciQuery,
        response: ok(PersonRaci),
      },
      config: read,
    },
    async (request) => getPersonRaci(contextOf(request, db), request.params.userId, request.query),
  );

  // Competences and training records
  tags = ["competence"];
  r.get(
    "/api/v1/competences",
    {
      schema: {
        tags,
        summary: "List competences",
        querystring: CompetenceListQuery,
        response: ok(pageOf(Competence)),
      },
      config: read,
    },
    async (request) => listCompetences(db, request.query),
  );
  r.post(
    "/api/v1/competences",
    {
      schema: {
        tags,
        summary: "Create a competence (name unique)",
        body: CreateCompetence,
        response: created(Competence),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createCompetence(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/competences/:id",
    {
      schema: { tags, summary: "Read a competence", params: IdParams, response: ok(Competence) },
      config: read,
    },
    async (request) => getCompetence(db, request.params.id),
  );
  r.patch(
    "/api/v1/competences/:id",
    {
      schema: {
        tags,
        summary: "Change a competence (send the version you read)",
        params: IdParams,
        body: UpdateCompetence,
        response: ok(Competence),
      },
      config: write,
    },
    async (request) => updateCompetence(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/competences/:id",
    {
      schema: {
        tags,
        summary: "Delete a competence no training record uses (?version=)",
        params: IdParams,
        querystring: VersionQuery,
        response: deleted,
      },
      config: write,
    },
    async (request, reply) => {
      await deleteCompetence(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
  r.get(
    "/api/v1/training-records",
    {
      schema: {
        tags,
        summary: "List training records (per person or competence)",
        querystring: TrainingRecordListQuery,
        response: ok(pageOf(TrainingRecord)),
      },
      config: read,
    },
    async (request) => listTrainingRecords(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/training-records",
    {
      schema: {
        tags,
        summary: "Record training a person completed",
        body: CreateTrainingRecord,
        response: created(TrainingRecord),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createTrainingRecord(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/training-records/:id",
    {
      schema: { tags, summary: "Read a training record", params: IdParams, response: ok(TrainingRecord) },
      config: read,
    },
    async (request) => getTrainingRecord(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/training-records/:id",
    {
      schema: {
        tags,
        summary: "Change a training record (send the version you read)",
        params: IdParams,
        body: UpdateTrainingRecord,
        response: ok(TrainingRecord),
      },
      config: write,
    },
    async (request) => updateTrainingRecord(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/training-records/:id",
    {
      schema: {
        tags,
        summary: "Delete a training record (?version=)",
        params: IdParams,
        querystring: VersionQuery,
        response: deleted,
      },
      config: write,
    },
    async (request, reply) => {
      await deleteTrainingRecord(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
  r.get(
    "/api/v1/competence/gaps",
    {
      schema: {
        tags,
        summary: "Per person: required competences with status met, expiring, expired or missing",
        querystring: CompetenceGapsQuery,
        response: ok(pageOf(PersonGaps)),
      },
      config: read,
    },
    async (request) => getCompetenceGaps(db, request.query),
  );
  r.get(
    "/api/v1/competence/roles",
    {
      schema: {
        tags,
        summary: "Per role: members × required competences with counts",
        querystring: RoleCompetenceQuery,
        response: ok(pageOf(RoleCompetenceSummary)),
      },
      config: read,
    },
    async (request) => getRoleCompetenceSummaries(db, request.query),
  );
  r.get(
    "/api/v1/competence/ai-literacy",
    {
      schema: {
        tags,
        summary: "AI-literacy share (EU AI Act Art. 4) and the people without current training",
        querystring: AiLiteracyQuery,
        response: ok(AiLiteracy),
      },
      config: read,
    },
    async (request) => getAiLiteracy(db, request.query),
  );
}
