/** The mappings of one requirement, grouped by the framework at the other end. */
import type { MappingView } from "@openaims/core";
import { RELATIONSHIP_ORDER } from "../crosswalks/relationships";

export type MappingGroup = { frameworkRef: string; label: string; mappings: MappingView[] };

const byId = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * One group per framework, named with `labelOf` and sorted by that name; inside a group the
 * strongest relationships first (equivalent, superset, subset, intersects, none), then by id.
 */
export function groupMappingsByFramework(
  mappings: readonly MappingView[],
  labelOf: (frameworkRef: string) => string = (ref) => ref,
): MappingGroup[] {
  const groups = new Map<string, MappingView[]>();
  for (const m of mappings) {
    const list = groups.get(m.other.frameworkRef);
    if (list) list.push(m);
    else groups.set(m.other.frameworkRef, [m]);
  }
  return [...groups.entries()]
    .map(([frameworkRef, list]) => ({
      frameworkRef,
      label: labelOf(frameworkRef),
      mappings: [...list].sort(
        (a, b) =>
          RELATIONSHIP_ORDER.indexOf(a.relationship) - RELATIONSHIP_ORDER.indexOf(b.relationship) ||
          byId.compare(a.other.id, b.other.id),
      ),
    }))
    .sort((a, b) => a.label.localeCompare(b.label) || a.frameworkRef.localeCompare(b.frameworkRef));
}
