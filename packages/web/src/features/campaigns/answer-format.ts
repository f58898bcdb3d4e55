/** How a vendor's answer reads for the reviewer: option labels, not ids; files by name. */
import type { VqQuestion } from "@openaims/core";

export type FileName = { id: string; fileName: string };

const NONE = "Not answered";

/**
 * The answer as text: a choice shows its option's label (an id no longer among the options is shown
 * as is, so nothing the vendor said is hidden), several choices are joined, files are named.
 */
export function formatAnswer(q: VqQuestion, value: unknown, files: readonly FileName[] = []): string {
  if (value === undefined || value === null) return NONE;
  const label = (id: string) => q.options.find((o) => o.id === id)?.label ?? id;
  switch (q.type) {
    case "single_choice":
    case "yes_no":
      return typeof value === "string" && value ? label(value) : NONE;
    case "multiple_choice":
      return Array.isArray(value) && value.length > 0 ? value.map((v) => label(String(v))).join("; ") : NONE;
    case "file": {
      if (!Array.isArray(value) || value.length === 0) return NONE;
      const names = value.map((id) => files.find((f) => f.id === id)?.fileName ?? "a removed file");
      return names.join("; ");
    }
    case "number":
      return typeof value === "number" ? String(value) : NONE;
    case "date":
    case "text":
      return typeof value === "string" && value.trim() ? value : NONE;
  }
}

/** Whether `formatAnswer` found nothing to show. */
export const isUnanswered = (text: string) => text === NONE;
