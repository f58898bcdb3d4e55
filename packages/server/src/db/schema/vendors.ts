import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea, recordColumns, ts } from "./columns.js";
import { users } from "./users.js";
import { businessUnits } from "./business-units.js";
import { aiSystems } from "./ai-systems.js";
import { evidence } from "./evidence.js";
import { risks } from "./risks.js";

/**
 * Suppliers of AI components and services (ISO/IEC 42001 A.10.2, A.10.3): who they are, what they
 * supply, what data they receive, how critical they are and how risky they are rated.
 */
export const vendors = pgTable(
  "vendors",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    legalName: text("legal_name").notNull().default(""),
    website: text("website"),
    description: text("description").notNull().default(""),
    /** What they provide, in the buyer's words (hosting, model API, labelling, …). */
    services: text("services").notNull().default(""),
    /** onboarding | active | offboarded */
    status: text("status").notNull(),
    /** low | medium | high | critical — how much the organization depends on them. */
    criticality: text("criticality").notNull(),
    /** Categories of data shared with them (personal, special_category, confidential, …). */
    dataShared: jsonb("data_shared").$type<string[]>().notNull().default([]),
    dataSharedNote: text("data_shared_note").notNull().default(""),
    contractStart: date("contract_start"),
    contractEnd: date("contract_end"),
    ownerId: uuid("owner_id").references(() => users.id),
    businessUnitId: uuid("business_unit_id").references(() => businessUnits.id),
    /** low | medium | high | critical; null until rated. History in vendor_risk_ratings. */
    riskRating: text("risk_rating"),
    /** Score 0–100 of the last accepted questionnaire. */
    lastScore: integer("last_score"),
    reviewCadenceMonths: integer("review_cadence_months").notNull().default(12),
    lastReviewedOn: date("last_reviewed_on"),
    nextReviewOn: date("next_review_on"),
    reviewReminderSentFor: date("review_reminder_sent_for"),
    notes: text("notes").notNull().default(""),
  },
  (t) => [
    uniqueIndex("vendors_key_uq").on(t.key),
    index("vendors_name_idx").on(t.name),
    index("vendors_unit_idx").on(t.businessUnitId),
    index("vendors_rating_idx").on(t.riskRating),
    index("vendors_next_review_idx").on(t.nextReviewOn),
    index("vendors_created_idx").on(t.createdAt),
    index("vendors_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

/** People at the vendor; questionnaires go to one of them. */
export const vendorContacts = pgTable(
  "vendor_contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    title: text("title").notNull().default(""),
    isPrimary: boolean("is_primary").notNull().default(false),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("vendor_contacts_vendor_idx").on(t.vendorId),
    uniqueIndex("vendor_contacts_email_uq").on(t.vendorId, t.email),
  ],
);

/** Certifications the vendor holds (ISO/IEC 42001, ISO/IEC 27001, SOC 2, …) and when they lapse. */
export const vendorCertifications = pgTable(
  "vendor_certifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id),
    /** iso_42001 | iso_27001 | soc2_type1 | soc2_type2 | other */
    kind: text("kind").notNull(),
    label: text("label").notNull().default(""),
    issuer: text("issuer").notNull().default(""),
    issuedOn: date("issued_on"),
    expiresOn: date("expires_on"),
    evidenceId: uuid("evidence_id").references(() => evidence.id),
    expiryReminderSentFor: date("expiry_reminder_sent_for"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("vendor_certifications_vendor_idx").on(t.vendorId),
    index("vendor_certifications_expiry_idx").on(t.expiresOn),
  ],
);

/** The AI components a vendor supplies to an AI system of the inventory (ISO/IEC 42001 A.10.3). */
export const vendorAiSystems = pgTable(
  "vendor_ai_systems",
  {
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id),
    aiSystemId: uuid("ai_system_id")
      .notNull()
      .references(() => aiSystems.id),
    /** What they supply to it: a model, a dataset, an API, hosting, … */
    component: text("component").notNull().default(""),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.vendorId, t.aiSystemId] }),
    index("vendor_ai_systems_system_idx").on(t.aiSystemId),
  ],
);

/** Every change of a vendor's risk rating, with its reason and source (manual or a questionnaire). */
export const vendorRiskRatings = pgTable(
  "vendor_risk_ratings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id),
    rating: text("rating").notNull(),
    score: integer("score"),
    reason: text("reason").notNull().default(""),
    /** manual | questionnaire */
    source: text("source").notNull(),
    campaignId: uuid("campaign_id"),
    actorLabel: text("actor_label").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("vendor_risk_ratings_vendor_idx").on(t.vendorId, t.at)],
);

/**
 * Questionnaire templates: sections and questions (see QuestionnaireContent in core).
 * A campaign freezes the content it sent, so editing a template never changes a sent questionnaire.
 */
export const questionnaireTemplates = pgTable(
  "questionnaire_templates",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** draft | published | retired — only published templates can be sent. */
    status: text("status").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    /** Slug of the built-in template it was adopted from, if any. */
    origin: text("origin"),
    ownerId: uuid("owner_id").references(() => users.id),
  },
  (t) => [
    uniqueIndex("questionnaire_templates_key_uq").on(t.key),
    index("questionnaire_templates_status_idx").on(t.status),
  ],
);

/**
 * One questionnaire sent to one vendor contact through a link that needs no account.
 * Only the SHA-256 of the link token is kept; the token itself is shown once, to the sender.
 */
export const vendorCampaigns = pgTable(
  "vendor_campaigns",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    vendorId: uuid("vendor_id")
      .notNull()
      .references(() => vendors.id),
    templateId: uuid("template_id")
      .notNull()
      .references(() => questionnaireTemplates.id),
    templateVersion: integer("template_version").notNull(),
    /** The content as sent (frozen). */
    content: jsonb("content").$type<unknown>().notNull(),
    contactId: uuid("contact_id").references(() => vendorContacts.id),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    /** sent | opened | in_progress | submitted | follow_up | reviewed | revoked */
    status: text("status").notNull(),
    dueOn: date("due_on").notNull(),
    /** The link stops working at this instant (or earlier when revoked or reviewed). */
    linkExpiresAt: ts("link_expires_at").notNull(),
    tokenHash: text("token_hash").notNull(),
    revokedAt: ts("revoked_at"),
    openedAt: ts("opened_at"),
    lastAccessAt: ts("last_access_at"),
    submittedAt: ts("submitted_at"),
    reviewedAt: ts("reviewed_at"),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    sentById: uuid("sent_by_id").references(() => users.id),
    /** 0–100 once scored. */
    score: integer("score"),
    /** Reviewer's per-question scores (question id → fraction 0–1) where automatic scoring has none. */
    scoreOverrides: jsonb("score_overrides").$type<Record<string, number>>().notNull().default({}),
    rating: text("rating"),
    reviewNote: text("review_note").notNull().default(""),
    /** Evidence made from the answers at acceptance. */
    answersEvidenceId: uuid("answers_evidence_id").references(() => evidence.id),
    riskId: uuid("risk_id").references(() => risks.id),
    reminderSentFor: date("reminder_sent_for"),
    message: text("message").notNull().default(""),
  },
  (t) => [
    uniqueIndex("vendor_campaigns_key_uq").on(t.key),
    uniqueIndex("vendor_campaigns_token_uq").on(t.tokenHash),
    index("vendor_campaigns_vendor_idx").on(t.vendorId, t.createdAt),
    index("vendor_campaigns_status_idx").on(t.status, t.dueOn),
    index("vendor_campaigns_created_idx").on(t.createdAt),
  ],
);

/** The vendor's answers, one row per question (value shape depends on the question type). */
export const campaignAnswers = pgTable(
  "campaign_answers",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => vendorCampaigns.id),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<unknown>().notNull(),
    comment: text("comment").notNull().default(""),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.questionId] })],
);

/** Files the vendor uploads through the portal; they become evidence when the reviewer accepts. */
export const campaignFiles = pgTable(
  "campaign_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => vendorCampaigns.id),
    questionId: text("question_id").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    evidenceId: uuid("evidence_id").references(() => evidence.id),
    uploadedAt: ts("uploaded_at").notNull().defaultNow(),
  },
  (t) => [index("campaign_files_campaign_idx").on(t.campaignId, t.questionId)],
);

/** A reviewer's follow-up question; the link reopens until the vendor answers all open ones. */
export const campaignFollowUps = pgTable(
  "campaign_follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => vendorCampaigns.id),
    /** The question it is about, if any. */
    questionId: text("question_id"),
    question: text("question").notNull(),
    answer: text("answer"),
    askedById: uuid("asked_by_id").references(() => users.id),
    askedAt: ts("asked_at").notNull().defaultNow(),
    answeredAt: ts("answered_at"),
  },
  (t) => [index("campaign_follow_ups_campaign_idx").on(t.campaignId, t.askedAt)],
);

/**
 * Messages to people outside the organization (invitations, reminders). Sent by e-mail when SMTP is
 * configured; otherwise kept here for the sender to forward, so nothing is silently dropped.
 */
export const outboundMessages = pgTable(
  "outbound_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id").references(() => vendorCampaigns.id),
    /** invitation | reminder | follow_up | closed */
    kind: text("kind").notNull(),
    toEmail: text("to_email").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** pending | sent | failed | manual */
    status: text("status").notNull(),
    error: text("error"),
    createdAt: ts("created_at").notNull().defaultNow(),
    sentAt: ts("sent_at"),
  },
  (t) => [
    index("outbound_messages_campaign_idx").on(t.campaignId, t.createdAt),
    index("outbound_messages_status_idx").on(t.status, t.createdAt),
  ],
);
