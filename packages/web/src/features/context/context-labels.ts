/** Display words and colours of the AIMS context records. */
import type {
  ISSUE_CATEGORIES,
  ISSUE_KINDS,
  ISSUE_STATUSES,
  ORGANIZATION_ROLES,
  PARTY_CATEGORIES,
} from "@openaims/core";

export type IssueKind = (typeof ISSUE_KINDS)[number];
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export type PartyCategory = (typeof PARTY_CATEGORIES)[number];
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const ISSUE_KIND_LABELS: Record<IssueKind, string> = { internal: "Internal", external: "External" };

export const ISSUE_CATEGORY_LABELS: Record<IssueCategory, string> = {
  legal: "Legal",
  regulatory: "Regulatory",
  technical: "Technical",
  social: "Social",
  economic: "Economic",
  environmental: "Environmental",
  organizational: "Organizational",
  ethical: "Ethical",
  other: "Other",
};

export const ISSUE_STATUS_LABELS: Record<IssueStatus, { label: string; color: string }> = {
  open: { label: "Open", color: "orange" },
  monitored: { label: "Monitored", color: "blue" },
  closed: { label: "Closed", color: "gray" },
};

export const PARTY_CATEGORY_LABELS: Record<PartyCategory, string> = {
  customer: "Customer",
  regulator: "Regulator",
  employee: "Employee",
  affected_person: "Affected person",
  supplier: "Supplier",
  investor: "Investor",
  partner: "Partner",
  public: "Public",
  other: "Other",
};

/** ISO/IEC 22989 AI stakeholder roles in plain words (ISO/IEC 42001 4.1). */
export const ORGANIZATION_ROLE_LABELS: Record<OrganizationRole, { label: string; text: string }> = {
  provider: { label: "AI provider", text: "Provides AI products or services, including platforms" },
  producer: { label: "AI producer", text: "Designs, develops, tests and deploys AI systems" },
  customer: { label: "AI customer", text: "Uses AI products or services, including as a user" },
  partner: { label: "AI partner", text: "Supplies tools, data, integration, evaluation or audit" },
  subject: { label: "AI subject", text: "Its data or its people are processed or affected by AI" },
  authority: { label: "Relevant authority", text: "Makes policy or supervises AI" },
};
