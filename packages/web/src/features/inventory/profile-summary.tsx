import { SimpleGrid } from "@mantine/core";
import type { AiSystemProfile } from "@openaims/core";
import { Fact } from "../../components/fact";
import { AI_ROLE_LABELS, AUTOMATION_LABELS } from "./inventory-labels";
import { placesText } from "./jurisdictions";
import {
  ANNEX_III_LABELS,
  ART_6_3_LABELS,
  DECISION_DOMAIN_LABELS,
  DECISION_ROLE_LABELS,
  PROHIBITED_LABELS,
} from "./profile-labels";

const yes = (flags: [boolean, string][]) =>
  flags
    .filter(([on]) => on)
    .map(([, label]) => label)
    .join(", ") || "No";

/** The facts of a profile at a glance (the screening answers, read-only). */
export function ProfileSummary({ profile: p }: { profile: AiSystemProfile }) {
  const list = <T extends string>(values: readonly T[], label: (v: T) => string, none = "None") =>
    values.length ? values.map(label).join(", ") : none;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="profile-summary">
      <Fact label="Used in" value={placesText(p.jurisdictions)} />
      <Fact
        label="Our role"
        value={`${list(p.organizationRoles, (r) => AI_ROLE_LABELS[r].label, "Not recorded")}${p.placedOnMarketUnderOwnName ? ", under our own name" : ""}`}
      />
      <Fact label="Affected persons" value={p.affectedPersons} />
      <Fact
        label="Decisions about people"
        value={
          p.consequentialDecisions.length
            ? `${list(p.consequentialDecisions, (d) => DECISION_DOMAIN_LABELS[d].split(" (")[0]!)} (${DECISION_ROLE_LABELS[p.decisionRole].label.toLowerCase()})`
            : "None"
        }
      />
      <Fact
        label="Annex III areas"
        value={list(p.annexIIIAreas, (a) => `${ANNEX_III_LABELS[a].point}. ${ANNEX_III_LABELS[a].label}`)}
      />
      <Fact label="Art. 6(3) conditions" value={list(p.art63Conditions, (c) => ART_6_3_LABELS[c].label)} />
      <Fact label="Profiles people" value={p.performsProfiling ? "Yes" : "No"} />
      <Fact label="Annex I product safety" value={p.annexIProductSafety ? "Yes" : "No"} />
      <Fact
        label="Possible prohibited practices"
        value={list(p.prohibitedPractices, (x) => PROHIBITED_LABELS[x].label)}
      />
      <Fact
        label="People and content"
        value={yes([
          [p.interactsWithNaturalPersons, "talks with people"],
          [p.generatesSyntheticContent, "generates content"],
          [p.deepfake, "deep fakes"],
          [p.emotionRecognition, "emotion recognition"],
          [p.biometricCategorisation, "biometric categorisation"],
          [p.remoteBiometricIdentification, "remote biometric identification"],
        ])}
      />
      <Fact
        label="General-purpose AI model"
        value={p.isGeneralPurposeModel ? (p.gpaiSystemicRisk ? "Yes, with systemic risk" : "Yes") : "No"}
      />
      <Fact
        label="Personal data"
        value={
          p.processesPersonalData
            ? `Yes${p.processesSpecialCategoryData ? ", special categories" : ""}${p.systematicMonitoring ? ", systematic monitoring" : ""}${p.largeScale ? ", large scale" : ""}`
            : "No"
        }
      />
      <Fact label="Automation" value={AUTOMATION_LABELS[p.automationLevel].label} />
      <Fact label="Human oversight" value={p.humanOversight} />
      <Fact
        label="Our organization"
        value={yes([
          [p.isGovernmentalEntity, "governmental entity"],
          [p.isHealthCareProvider, "health-care provider"],
        ]).replace(/^No$/, "Neither governmental nor health care")}
      />
    </SimpleGrid>
  );
}
