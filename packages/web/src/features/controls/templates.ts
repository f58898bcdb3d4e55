/** The starter library: templates by category, the selection to adopt, and what adopting did. */
import type { ControlTemplate } from "@openaims/core";

export type TemplateView = ControlTemplate & { adoptedAs: string | null };

const CATEGORY_LABELS: Record<string, string> = {
  governance: "Governance",
  policy: "Policies",
  roles: "Roles and responsibilities",
  resources: "Resources",
  risk: "Risk management",
  impact: "Impact assessment",
  lifecycle: "AI system life cycle",
  data: "Data",
  transparency: "Information for interested parties",
  use: "Use of AI systems",
  "third-party": "Third parties",
  monitoring: "Monitoring and measurement",
  improvement: "Improvement",
};

/** "third-party" → "Third parties"; unknown categories are capitalized. */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.charAt(0).toUpperCase() + category.slice(1);
}

export type TemplateGroup = { category: string; label: string; templates: TemplateView[] };

/** Templates by category, categories in the order the library first lists them, codes in order. */
export function groupTemplatesByCategory(templates: readonly TemplateView[]): TemplateGroup[] {
  const groups = new Map<string, TemplateView[]>();
  for (const t of templates) groups.set(t.category, [...(groups.get(t.category) ?? []), t]);
  return [...groups.entries()].map(([category, list]) => ({
    category,
    label: categoryLabel(category),
    templates: [...list].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true })),
  }));
}

/** Selects or clears one template; adopted ones cannot be selected. */
export function toggleTemplate(selected: ReadonlySet<string>, template: TemplateView): Set<string> {
  const next = new Set(selected);
  if (next.has(template.code)) next.delete(template.code);
  else if (!template.adoptedAs) next.add(template.code);
  return next;
}

/** Selects every template of a group not adopted yet, or clears them all when they already are. */
export function toggleGroup(selected: ReadonlySet<string>, group: TemplateGroup): Set<string> {
  const codes = group.templates.filter((t) => !t.adoptedAs).map((t) => t.code);
  const next = new Set(selected);
  const all = codes.length > 0 && codes.every((c) => next.has(c));
  for (const c of codes) {
    if (all) next.delete(c);
    else next.add(c);
  }
  return next;
}

/** Whether a group's checkbox shows all, some or none of its adoptable templates selected. */
export function groupSelection(selected: ReadonlySet<string>, group: TemplateGroup): "all" | "some" | "none" {
  const codes = group.templates.filter((t) => !t.adoptedAs).map((t) => t.code);
  const n = codes.filter((c) => selected.has(c)).length;
  return n === 0 ? "none" : n === codes.length ? "all" : "some";
}

/** "Adopted 2 controls; skipped 1." */
export function adoptSummary(result: { adopted: readonly unknown[]; skipped: readonly unknown[] }): string {
  const a = result.adopted.length;
  const s = result.skipped.length;
  const adopted = `Adopted ${a} control${a === 1 ? "" : "s"}`;
  return s ? `${adopted}; skipped ${s}.` : `${adopted}.`;
}
