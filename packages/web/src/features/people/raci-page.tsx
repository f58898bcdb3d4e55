import { Divider, Stack } from "@mantine/core";
import { usePageTitle } from "../../components/use-page-title";
import { OrgRolesSection } from "./org-roles-section";
import { PersonRaciSection } from "./person-raci-section";
import { RaciMatrixSection } from "./raci-matrix-section";

/** Governance → Roles and RACI: who holds which AIMS role and who does what (ISO/IEC 42001 5.3, A.3.2). */
export function RaciPage() {
  usePageTitle("Roles and RACI");
  return (
    <Stack gap="xl">
      <OrgRolesSection />
      <Divider />
      <RaciMatrixSection />
      <Divider />
      <PersonRaciSection />
    </Stack>
  );
}
