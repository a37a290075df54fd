import type { ChildSearchHit, Guardian } from "@kring/contracts";

/**
 * The child a request is about, as the raiser came to know them: a full search hit, a child
 * just registered (with its guardians), or only that the child exists (name, year of birth).
 */
export interface ChosenChild {
  id: string;
  givenName: string;
  familyName: string;
  personalNumber?: string;
  birthYear?: number;
  guardians?: Guardian[];
}

export function chosenFromHit(hit: ChildSearchHit): ChosenChild {
  if (hit.found === "existence") return hit;
  return { ...hit, birthYear: Number(hit.birthDate.slice(0, 4)) };
}
