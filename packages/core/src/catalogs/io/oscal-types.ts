/**
 * The parts of the OSCAL 1.2 JSON models the exports produce (catalog and mapping-collection).
 * Only the properties used here are typed; see https://pages.nist.gov/OSCAL/ for the full models.
 */

export const OSCAL_VERSION = "1.2.0";
/** Namespace of OpenAIMS-specific props (an absolute URI, as OSCAL requires for `ns`). */
export const OPENAIMS_OSCAL_NS = "urn:openaims:oscal";

export interface OscalProp {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}

export interface OscalLink {
  href: string;
  rel?: string;
  text?: string;
}

export interface OscalPart {
  name: string;
  prose?: string;
  title?: string;
}

export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  links?: OscalLink[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

export interface OscalGroup {
  id?: string;
  class?: string;
  title: string;
  props?: OscalProp[];
  links?: OscalLink[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

export interface OscalRole {
  id: string;
  title: string;
}

export interface OscalParty {
  uuid: string;
  type: "person" | "organization";
  name: string;
}

export interface OscalResponsibleParty {
  "role-id": string;
  "party-uuids": string[];
}

export interface OscalMetadata {
  title: string;
  "last-modified": string;
  version: string;
  "oscal-version": string;
  props?: OscalProp[];
  links?: OscalLink[];
  roles?: OscalRole[];
  parties?: OscalParty[];
  "responsible-parties"?: OscalResponsibleParty[];
  remarks?: string;
}

export interface OscalResource {
  uuid: string;
  title?: string;
  description?: string;
  "document-ids"?: Array<{ scheme?: string; identifier: string }>;
  props?: OscalProp[];
  rlinks?: Array<{ href: string; "media-type"?: string }>;
  remarks?: string;
}

export interface OscalBackMatter {
  resources: OscalResource[];
}

export interface OscalCatalog {
  uuid: string;
  metadata: OscalMetadata;
  groups?: OscalGroup[];
  controls?: OscalControl[];
  "back-matter"?: OscalBackMatter;
}

/** Root of an OSCAL catalog JSON document. */
export interface OscalCatalogDocument {
  catalog: OscalCatalog;
}

export type OscalMappingMethod = "human" | "automation";
export type OscalMatchingRationale = "syntactic" | "semantic" | "functional";
export type OscalMappingStatus = "complete" | "not-complete" | "draft" | "deprecated" | "superseded";

export interface OscalMappingProvenance {
  method: OscalMappingMethod;
  "matching-rationale": OscalMatchingRationale;
  status: OscalMappingStatus;
  "mapping-description": string;
  props?: OscalProp[];
  remarks?: string;
}

export interface OscalResourceReference {
  type: "catalog" | "profile";
  href: string;
  props?: OscalProp[];
}

export interface OscalMappingItem {
  type: "control" | "statement";
  "id-ref": string;
  props?: OscalProp[];
}

export interface OscalMap {
  uuid: string;
  relationship: string;
  sources: OscalMappingItem[];
  targets: OscalMappingItem[];
  "confidence-score"?: { category?: string; percentage?: number };
  props?: OscalProp[];
  remarks?: string;
}

export interface OscalMapping {
  uuid: string;
  "source-resource": OscalResourceReference;
  "target-resource": OscalResourceReference;
  maps: OscalMap[];
  props?: OscalProp[];
  remarks?: string;
}

export interface OscalMappingCollection {
  uuid: string;
  metadata: OscalMetadata;
  provenance: OscalMappingProvenance;
  mappings: OscalMapping[];
  "back-matter"?: OscalBackMatter;
}

/** Root of an OSCAL mapping-collection JSON document. */
export interface OscalMappingCollectionDocument {
  "mapping-collection": OscalMappingCollection;
}
