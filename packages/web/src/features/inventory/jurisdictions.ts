/** Places an AI system is used in: EU member states (ISO 3166-1) and US states (postal codes). */

export const EU_COUNTRIES: readonly { value: string; label: string }[] = [
  { value: "EU", label: "The whole EU" },
  { value: "AT", label: "Austria" },
  { value: "BE", label: "Belgium" },
  { value: "BG", label: "Bulgaria" },
  { value: "HR", label: "Croatia" },
  { value: "CY", label: "Cyprus" },
  { value: "CZ", label: "Czechia" },
  { value: "DK", label: "Denmark" },
  { value: "EE", label: "Estonia" },
  { value: "FI", label: "Finland" },
  { value: "FR", label: "France" },
  { value: "DE", label: "Germany" },
  { value: "GR", label: "Greece" },
  { value: "HU", label: "Hungary" },
  { value: "IE", label: "Ireland" },
  { value: "IT", label: "Italy" },
  { value: "LV", label: "Latvia" },
  { value: "LT", label: "Lithuania" },
  { value: "LU", label: "Luxembourg" },
  { value: "MT", label: "Malta" },
  { value: "NL", label: "Netherlands" },
  { value: "PL", label: "Poland" },
  { value: "PT", label: "Portugal" },
  { value: "RO", label: "Romania" },
  { value: "SK", label: "Slovakia" },
  { value: "SI", label: "Slovenia" },
  { value: "ES", label: "Spain" },
  { value: "SE", label: "Sweden" },
];

const US =
  "AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,DE Delaware,DC District of Columbia,FL Florida,GA Georgia,HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,KS Kansas,KY Kentucky,LA Louisiana,ME Maine,MD Maryland,MA Massachusetts,MI Michigan,MN Minnesota,MS Mississippi,MO Missouri,MT Montana,NE Nebraska,NV Nevada,NH New Hampshire,NJ New Jersey,NM New Mexico,NY New York,NC North Carolina,ND North Dakota,OH Ohio,OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,SC South Carolina,SD South Dakota,TN Tennessee,TX Texas,UT Utah,VT Vermont,VA Virginia,WA Washington,WV West Virginia,WI Wisconsin,WY Wyoming";

export const US_STATES: readonly { value: string; label: string }[] = US.split(",").map((entry) => ({
  value: entry.slice(0, 2),
  label: `${entry.slice(3)} (${entry.slice(0, 2)})`,
}));

/** "Germany, Texas (TX), GB" — the places of a profile's jurisdictions in words. */
export function placesText(j: {
  eu: readonly string[];
  us: readonly string[];
  other: readonly string[];
}): string {
  const eu = j.eu.map((c) => EU_COUNTRIES.find((o) => o.value === c)?.label ?? c);
  const us = j.us.map((s) => US_STATES.find((o) => o.value === s)?.label ?? s);
  const all = [...eu, ...us, ...j.other];
  return all.length ? all.join(", ") : "None recorded";
}
