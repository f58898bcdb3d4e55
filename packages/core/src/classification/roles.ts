import type { AiSystemProfile } from "../contracts/ai-systems.js";

/**
 * Operator roles derived from the ISO/IEC 22989 roles an organization records for a system
 * (ISO/IEC 42001 4.1). The laws define their roles differently, so each mapping is stated here once
 * and explained in the findings.
 */
export type EuRole = "provider" | "deployer";
export type UsRole = "developer" | "deployer";

/**
 * EU AI Act Art. 3(3) and (4): the provider develops a system (or has it developed) and places it on
 * the market or puts it into service under its own name; the deployer uses it under its authority.
 * - ISO "provider" → provider.
 * - Any role with `placedOnMarketUnderOwnName` → provider (Art. 3(3); for a deployer that rebrands a
 *   high-risk system, Art. 25(1)(a)).
 * - ISO "producer" alone → no EU role: it develops for someone else, who is the provider.
 * - ISO "customer" → deployer. "partner" → no EU operator role.
 */
export function euRolesOf(profile: AiSystemProfile): EuRole[] {
  const roles: EuRole[] = [];
  if (profile.organizationRoles.includes("provider") || profile.placedOnMarketUnderOwnName)
    roles.push("provider");
  if (profile.organizationRoles.includes("customer")) roles.push("deployer");
  return roles;
}

/**
 * Colorado C.R.S. 6-1-1701 (definitions) and Texas Bus. & Com. Code 552.001: a developer develops (or
 * substantially modifies) an AI system; a deployer puts one to use. ISO "provider" and "producer"
 * → developer; "customer" → deployer.
 */
export function usRolesOf(profile: AiSystemProfile): UsRole[] {
  const roles: UsRole[] = [];
  if (profile.organizationRoles.some((r) => r === "provider" || r === "producer")) roles.push("developer");
  if (profile.organizationRoles.includes("customer")) roles.push("deployer");
  return roles;
}

/** A consequential decision in which the system makes, or is a substantial factor in, the outcome. */
export function decidesOrSubstantiallyInfluences(profile: AiSystemProfile): boolean {
  return profile.decisionRole === "makes" || profile.decisionRole === "substantial_factor";
}
