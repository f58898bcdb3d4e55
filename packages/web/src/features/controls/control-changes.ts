/** What the control form sends: the whole control on create, only what changed on update. */
import type {
  Control,
  ControlLink,
  CreateControl,
  ImplementationStatus,
  UpdateControl,
} from "@openaims/core";
import type { ControlFrequency, Effectiveness } from "./control-labels";
import { linksOf, sameLinks, type LinkDraft } from "./control-links";

export type ControlFormValues = {
  code: string;
  title: string;
  description: string;
  ownerId: string | null;
  businessUnitId: string | null;
  frequency: ControlFrequency;
  implementationStatus: ImplementationStatus;
  effectiveness: Effectiveness;
  links: LinkDraft[];
};

export const EMPTY_CONTROL: ControlFormValues = {
  code: "",
  title: "",
  description: "",
  ownerId: null,
  businessUnitId: null,
  frequency: "annual",
  implementationStatus: "not_started",
  effectiveness: "not_assessed",
  links: [],
};

/** The form values of a saved control. */
export function valuesOf(control: Control): ControlFormValues {
  return {
    code: control.code,
    title: control.title,
    description: control.description,
    ownerId: control.ownerId,
    businessUnitId: control.businessUnitId,
    frequency: control.frequency,
    implementationStatus: control.implementationStatus,
    effectiveness: control.effectiveness,
    links: control.links.map((l) => ({
      requirementKey: l.requirementKey,
      frameworkRef: l.frameworkRef,
      requirementId: l.requirementId,
      title: l.title,
      coverage: l.coverage,
      note: l.note,
    })),
  };
}

/** The body of POST /api/v1/controls. */
export function createControlBody(values: ControlFormValues): CreateControl {
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    description: values.description,
    ownerId: values.ownerId,
    businessUnitId: values.businessUnitId,
    frequency: values.frequency,
    implementationStatus: values.implementationStatus,
    effectiveness: values.effectiveness,
    links: linksOf(values.links),
  };
}

/**
 * The body of PATCH /api/v1/controls/:id: the version read plus the fields that differ; `links`
 * only when they changed (it replaces every link). Null when nothing changed.
 */
export function controlChanges(original: Control, values: ControlFormValues): UpdateControl | null {
  const body: UpdateControl = { version: original.version };
  if (values.code.trim() !== original.code) body.code = values.code.trim();
  if (values.title.trim() !== original.title) body.title = values.title.trim();
  if (values.description !== original.description) body.description = values.description;
  if (values.ownerId !== original.ownerId) body.ownerId = values.ownerId;
  if (values.businessUnitId !== original.businessUnitId) body.businessUnitId = values.businessUnitId;
  if (values.frequency !== original.frequency) body.frequency = values.frequency;
  if (values.implementationStatus !== original.implementationStatus)
    body.implementationStatus = values.implementationStatus;
  if (values.effectiveness !== original.effectiveness) body.effectiveness = values.effectiveness;
  const links: ControlLink[] = linksOf(values.links);
  if (!sameLinks(links, original.links)) body.links = links;
  return Object.keys(body).length > 1 ? body : null;
}
