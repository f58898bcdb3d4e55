/**
 * The vendor register's vocabulary (ISO/IEC 42001 A.10.2 allocating responsibilities to suppliers,
 * A.10.3 supplier arrangements): lifecycle, how much we depend on a vendor, what data it receives
 * and which certifications it can show.
 */

export const VENDOR_STATUSES = ["onboarding", "active", "offboarded"] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];
export const VENDOR_STATUS_LABELS: Record<VendorStatus, string> = {
  onboarding: "Onboarding",
  active: "Active",
  offboarded: "Offboarded",
};

/** How much the organization depends on the vendor (not how risky it is: that is the risk rating). */
export const VENDOR_CRITICALITIES = ["low", "medium", "high", "critical"] as const;
export type VendorCriticality = (typeof VENDOR_CRITICALITIES)[number];
export const VENDOR_CRITICALITY_LABELS: Record<VendorCriticality, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

/** Categories of data the organization shares with a vendor. `none` stands alone. */
export const VENDOR_DATA_CATEGORIES = [
  "none",
  "public",
  "internal",
  "confidential",
  "personal",
  "special_category",
  "children",
  "biometric",
  "training_data",
] as const;
export type VendorDataCategory = (typeof VENDOR_DATA_CATEGORIES)[number];
export const VENDOR_DATA_CATEGORY_LABELS: Record<VendorDataCategory, string> = {
  none: "No data shared",
  public: "Public information",
  internal: "Internal information",
  confidential: "Confidential business information",
  personal: "Personal data",
  special_category: "Special-category personal data (health, beliefs, …)",
  children: "Children's data",
  biometric: "Biometric data",
  training_data: "Data used to train or tune models",
};

/** The categories that concern people: sharing them calls for information-security assurance. */
export const PERSONAL_DATA_CATEGORIES: readonly VendorDataCategory[] = [
  "personal",
  "special_category",
  "children",
  "biometric",
];

export const CERTIFICATION_KINDS = ["iso_42001", "iso_27001", "soc2_type1", "soc2_type2", "other"] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];
export const CERTIFICATION_KIND_LABELS: Record<CertificationKind, string> = {
  iso_42001: "ISO/IEC 42001 (AI management system)",
  iso_27001: "ISO/IEC 27001 (information security)",
  soc2_type1: "SOC 2 Type I",
  soc2_type2: "SOC 2 Type II",
  other: "Other",
};

/** Certifications that show information-security controls over data we share. */
export const SECURITY_CERTIFICATION_KINDS: readonly CertificationKind[] = [
  "iso_27001",
  "soc2_type1",
  "soc2_type2",
];

/** Order of the four-level scales (criticality, risk rating) for sorting and comparing. */
export const LEVEL_ORDER: Record<VendorCriticality, number> = { low: 1, medium: 2, high: 3, critical: 4 };
