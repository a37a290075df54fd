// Compulsory school (skolplikt, Skollagen 7 kap. 10 och 12 §§): it begins with the autumn term of
// the year the child turns six (förskoleklass) and ends with the spring term of the tenth school
// year, for most children the year they turn sixteen. A child of that age belongs to a school, so
// registering them in Kring asks which one (the coordinator rule needs it; issue 17). Terms are
// taken to start on 1 August and end on 30 June; a child a few weeks either side is asked anyway
// or may give a reason, which is safe both ways.

/** Whether a child born on `birthDate` (YYYY-MM-DD) is of compulsory school age on `on`. */
export function isCompulsorySchoolAge(birthDate: string, on: string): boolean {
  const turns = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const month = Number(on.slice(5, 7));
  if (turns === 6) return month >= 8;
  if (turns === 16) return month <= 6;
  return turns > 6 && turns < 16;
}

/** The kinds of unit a child is enrolled at: the school or preschool asked for at registration. */
export const ENROLMENT_UNIT_KINDS = ["preschool", "school"] as const;
