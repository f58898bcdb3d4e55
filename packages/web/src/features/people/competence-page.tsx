import { Divider, Stack } from "@mantine/core";
import { usePageTitle } from "../../components/use-page-title";
import { AiLiteracyCard } from "./ai-literacy-card";
import { CompetencesSection } from "./competences-section";
import { GapsSection } from "./gaps-section";
import { RoleRequirementsSection } from "./role-requirements-section";
import { TrainingRecordsSection } from "./training-records-section";

/**
 * Governance → Competence: what each role requires, who has the training, and the gaps
 * (ISO/IEC 42001 7.2, A.4.6; EU AI Act Art. 4 AI literacy).
 */
export function CompetencePage() {
  usePageTitle("Competence");
  return (
    <Stack gap="xl">
      <AiLiteracyCard />
      <CompetencesSection />
      <Divider />
      <RoleRequirementsSection />
      <Divider />
      <GapsSection />
      <Divider />
      <TrainingRecordsSection />
    </Stack>
  );
}
