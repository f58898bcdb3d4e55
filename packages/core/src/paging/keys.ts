/** Prefixes of human-readable keys (`USR-3`, `BU-12`); later features add theirs here. */
export const KEY_PREFIXES = {
  user: "USR",
  businessUnit: "BU",
  control: "CTL",
  aiSystem: "AIS",
  intakeRequest: "INT",
  contextIssue: "ISS",
  interestedParty: "IP",
  objective: "OBJ",
  risk: "RSK",
  impactAssessment: "IA",
  document: "DOC",
  evidence: "EV",
  orgRole: "ROLE",
  competence: "COMP",
  concern: "CON",
  vendor: "VEN",
  questionnaireTemplate: "QT",
  vendorCampaign: "VQ",
} as const;
export type KeyedEntity = keyof typeof KEY_PREFIXES;

/** Human-readable key for the n-th record of an entity. */
export function formatKey(entity: KeyedEntity, n: number): string {
  return `${KEY_PREFIXES[entity]}-${n}`;
}
