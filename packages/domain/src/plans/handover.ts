// The plan follows the child when they change unit or school stage, or move, if the family
// consents: the sending side proposes, the receiving unit accepts, and nothing is rewritten.

export const HANDOVER_KINDS = [
  "unit_change",
  "preschool_to_school",
  "school_to_upper_secondary",
  "move",
] as const;
export type HandoverKind = (typeof HANDOVER_KINDS)[number];

export const HANDOVER_KIND_LABELS: Record<HandoverKind, { sv: string; en: string }> = {
  unit_change: { sv: "Byte av enhet", en: "Change of unit" },
  preschool_to_school: { sv: "Från förskola till skola", en: "From preschool to school" },
  school_to_upper_secondary: {
    sv: "Från grundskola till gymnasieskola",
    en: "From compulsory to upper secondary school",
  },
  move: { sv: "Flytt", en: "Move" },
};

export const HANDOVER_STATUSES = ["proposed", "accepted", "declined", "withdrawn"] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, { sv: string; en: string }> = {
  proposed: { sv: "Föreslagen", en: "Proposed" },
  accepted: { sv: "Mottagen", en: "Accepted" },
  declined: { sv: "Avböjd", en: "Declined" },
  withdrawn: { sv: "Återtagen", en: "Withdrawn" },
};

/** A handover may be decided only while proposed; an accepted one is history, never undone. */
export function handoverDecidable(status: HandoverStatus): boolean {
  return status === "proposed";
}

// The units a child is enrolled at (child_unit), as opposed to services around them.
const ENROLMENT_UNIT_KINDS: readonly string[] = ["preschool", "school", "leisure"];

/**
 * What an accepted handover does to the child's enrolment. Handing over to a unit the child
 * attends (a new school, preschool to school) makes it their current unit and ends the sending
 * unit's enrolment if that was one too; handing over to a service (child psychiatry, social
 * services) only brings that service into the network, so the enrolment is left alone.
 */
export function enrolmentChange(
  fromUnitKind: string,
  toUnitKind: string,
): { enrolTo: boolean; endFrom: boolean } {
  const enrolTo = ENROLMENT_UNIT_KINDS.includes(toUnitKind);
  return { enrolTo, endFrom: enrolTo && ENROLMENT_UNIT_KINDS.includes(fromUnitKind) };
}
