import { z } from "zod";
import { INTAKE_STATUSES } from "../intake/intake-workflow.js";
import { APPROVAL_STATUSES, STEP_STATUSES } from "../approvals/approval-rules.js";
import { ROLES } from "../permissions/matrix.js";
import { CreateAiSystem } from "./ai-systems.js";
import { IsoDateTime, LongText, PageQuery, SafeString, Uuid } from "./common.js";

export const ApprovalStepView = z.object({
  position: z.number().int(),
  name: z.string(),
  approverRole: z.enum(ROLES).nullable(),
  approverUserId: Uuid.nullable(),
  status: z.enum(STEP_STATUSES),
  decidedBy: Uuid.nullable(),
  decidedAt: IsoDateTime.nullable(),
  comment: z.string().nullable(),
});
export const ApprovalView = z.object({
  id: Uuid,
  subjectType: z.string(),
  subjectId: Uuid,
  title: z.string(),
  requesterId: Uuid,
  status: z.enum(APPROVAL_STATUSES),
  currentStep: z.number().int(),
  steps: z.array(ApprovalStepView),
  createdAt: IsoDateTime,
  completedAt: IsoDateTime.nullable(),
});
export type ApprovalView = z.infer<typeof ApprovalView>;

export const SubmitIntake = CreateAiSystem;
export type SubmitIntake = z.input<typeof SubmitIntake>;

export const IntakeRequestView = z.object({
  id: Uuid,
  key: z.string(),
  requesterId: Uuid,
  name: z.string(),
  status: z.enum(INTAKE_STATUSES),
  fields: z.record(z.string(), z.unknown()),
  classification: z.record(z.string(), z.unknown()),
  euRiskClass: z.string(),
  approval: ApprovalView.nullable(),
  aiSystemId: Uuid.nullable(),
  decisionReason: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type IntakeRequestView = z.infer<typeof IntakeRequestView>;

export const IntakeListQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  status: z.enum(INTAKE_STATUSES).optional(),
  mine: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

export const DecisionRequest = z.object({
  decision: z.enum(["approve", "reject"]),
  comment: LongText(4000).default(""),
});

export const SimilarQuery = z.object({
  name: SafeString(200).default(""),
  purpose: SafeString(4000).default(""),
  vendors: z.array(SafeString(200)).max(50).default([]),
  models: z.array(SafeString(200)).max(50).default([]),
  excludeId: Uuid.optional(),
});
export const SimilarSystem = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  purpose: z.string(),
  score: z.number(),
  kind: z.enum(["ai_system", "intake_request"]),
});

export const InboxItem = z.object({
  kind: z.enum(["approval", "notification"]),
  id: Uuid,
  title: z.string(),
  detail: z.string(),
  link: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type InboxItem = z.infer<typeof InboxItem>;
