import type { AiSystemProfile } from "../contracts/ai-systems.js";
import { finding } from "./obligations.js";
import type { ApplicableFramework } from "./types.js";

/**
 * ISO/IEC 42001:2023 applies to every AI system inside the AIMS: the management-system clauses and
 * the Statement of Applicability are organization-wide, so a system's page shows only the clauses
 * performed for each system — operational risk assessment (8.2), risk treatment (8.3) and the AI
 * system impact assessment (8.4). Roles are the ISO/IEC 22989 roles recorded for the system.
 */
export const ISO_42001_REF = "iso-iec-42001:2023";
export const ISO_42001_SYSTEM_CLAUSES = ["8.2", "8.3", "8.4"] as const;

export function evaluateIso42001(p: AiSystemProfile): ApplicableFramework {
  return {
    frameworkRef: ISO_42001_REF,
    roles: [...p.organizationRoles],
    riskClass: null,
    obligations: ISO_42001_SYSTEM_CLAUSES.map((id) => `${ISO_42001_REF}/${id}`),
    findings: [
      finding(
        "iso42001.in_scope",
        "The system is managed under the AIMS",
        "Every AI system in the AIMS scope is risk-assessed, treated and impact-assessed at planned intervals and when it changes significantly; the other clauses and the Annex A controls apply to the AIMS as a whole.",
        "ISO/IEC 42001:2023 clauses 4.3, 8.2, 8.3, 8.4",
      ),
    ],
  };
}
