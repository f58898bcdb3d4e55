import type { VendorRiskRating, VqQuestionType } from "@openaims/core";

export const QUESTIONNAIRES_PATH = "/vendors/questionnaires";
export const templatePath = (id: string) => `${QUESTIONNAIRES_PATH}/${encodeURIComponent(id)}`;

export const QUESTION_TYPE_LABELS: Record<VqQuestionType, string> = {
  text: "Text",
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  yes_no: "Yes / no",
  number: "Number",
  date: "Date",
  file: "File upload",
};

export const TEMPLATE_STATUSES = ["draft", "published", "retired"] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

export const TEMPLATE_STATUS_LABELS: Record<TemplateStatus, { label: string; color: string }> = {
  draft: { label: "Draft", color: "gray" },
  published: { label: "Published", color: "green" },
  retired: { label: "Retired", color: "dark" },
};

export const RATING_LABELS: Record<VendorRiskRating, { label: string; color: string }> = {
  low: { label: "Low risk", color: "green" },
  medium: { label: "Medium risk", color: "yellow" },
  high: { label: "High risk", color: "orange" },
  critical: { label: "Critical risk", color: "red" },
};

/** "1 question", "3 questions". */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
