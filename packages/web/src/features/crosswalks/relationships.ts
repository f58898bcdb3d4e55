/**
 * How the NIST IR 8477 relationships of a crosswalk read in plain words, and their colours.
 * What a relationship does for coverage comes from the core (`propagatedStrength`), never
 * from a second copy of the rule here.
 */
import { RELATIONSHIPS, propagatedStrength, type Relationship } from "@openaims/core";

export type RelationshipInfo = {
  relationship: Relationship;
  /** Mantine colour of badges and matrix cells. */
  color: string;
  /** One character for a matrix cell. */
  symbol: string;
  /** "A … B" in plain words. */
  words: string;
};

export const RELATIONSHIP_INFO: Record<Relationship, RelationshipInfo> = {
  "equivalent-to": {
    relationship: "equivalent-to",
    color: "green",
    symbol: "=",
    words: "A and B ask for the same thing.",
  },
  "superset-of": {
    relationship: "superset-of",
    color: "teal",
    symbol: "⊃",
    words: "A contains all of B, and more.",
  },
  "subset-of": {
    relationship: "subset-of",
    color: "orange",
    symbol: "⊂",
    words: "A is a part of B: B asks for more.",
  },
  "intersects-with": {
    relationship: "intersects-with",
    color: "blue",
    symbol: "∩",
    words: "A and B overlap: each asks for something the other does not.",
  },
  "no-relationship": {
    relationship: "no-relationship",
    color: "gray",
    symbol: "∅",
    words: "Looked at and found unrelated.",
  },
};

/** The relationships in the order of the legend and the filters. */
export const RELATIONSHIP_ORDER: readonly Relationship[] = [
  "equivalent-to",
  "superset-of",
  "subset-of",
  "intersects-with",
  "no-relationship",
];

/** What covering A does for B, worded from the core's propagation rule. */
export function coverageEffect(relationship: Relationship): string {
  const strength = propagatedStrength(relationship);
  if (strength === "full") return "covering A covers B fully";
  if (strength === "partial") return "covering A covers B partially";
  return "covering A does nothing for B";
}

/** Whether a string is one of the relationships (for URL parameters). */
export function isRelationship(value: string): value is Relationship {
  return (RELATIONSHIPS as readonly string[]).includes(value);
}
