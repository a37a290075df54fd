// Plain Swedish for the family's view and print: what each person in the network does for them.
export const FAMILY_ROLE_TEXT: Record<string, string> = {
  coordinator_lead: "Samordnar nätverket och leder mötena",
  coordinator_documenting: "Samordnar och skriver ner det ni kommer överens om",
  contact_person: "Kontaktperson: följer planen och kallar till möten",
  spokesperson: "Språkrör: hjälper barnet att säga vad hen tycker",
  project_leader: "Projektledare",
  participant: "Med i nätverket runt barnet",
};

/** Roles the family sees as contacts; others in the network appear through the plan itself. */
export const FAMILY_CONTACT_ROLES = [
  "coordinator_lead",
  "coordinator_documenting",
  "contact_person",
  "spokesperson",
];

/**
 * A name in the Swedish genitive: "Alice" → "Alices", but a name that already ends in s, x or z
 * takes no extra s ("Elias syn", "Max plan"), as Språkrådet advises.
 */
export function swedishGenitive(name: string): string {
  return /[sxz]$/i.test(name.trim()) ? name.trim() : `${name.trim()}s`;
}
