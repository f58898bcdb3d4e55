/** Display words and colours of control fields. */
import type { CONTROL_FREQUENCIES, EFFECTIVENESS, ImplementationStatus } from "@openaims/core";

export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number];
export type Effectiveness = (typeof EFFECTIVENESS)[number];

export const STATUS_LABELS: Record<ImplementationStatus, { label: string; color: string }> = {
  not_started: { label: "Not started", color: "gray" },
  planned: { label: "Planned", color: "blue" },
  partial: { label: "Partially implemented", color: "yellow" },
  implemented: { label: "Implemented", color: "green" },
  not_applicable: { label: "Not applicable", color: "dark" },
};

export const FREQUENCY_LABELS: Record<ControlFrequency, string> = {
  continuous: "Continuous",
  "per-change": "On every change",
  monthly: "Monthly",
  quarterly: "Quarterly",
  semiannual: "Twice a year",
  annual: "Yearly",
  "ad-hoc": "When needed",
};

export const EFFECTIVENESS_LABELS: Record<Effectiveness, { label: string; color: string }> = {
  not_assessed: { label: "Not assessed", color: "gray" },
  ineffective: { label: "Ineffective", color: "red" },
  partially_effective: { label: "Partially effective", color: "yellow" },
  effective: { label: "Effective", color: "green" },
};

/** Select options from a label table, in its order. */
export function optionsOf<K extends string>(
  labels: Record<K, string | { label: string }>,
): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => {
    const l = labels[value];
    return { value, label: typeof l === "string" ? l : l.label };
  });
}
