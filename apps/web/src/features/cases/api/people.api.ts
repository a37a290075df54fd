import type { ProfessionalRole } from "@kring/domain";
import { useQuery } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";

/** A professional holding a role in a unit: someone who can be appointed or invited. */
export interface UnitPerson {
  userId: string;
  displayName: string;
  role: ProfessionalRole;
}

/**
 * The people of one unit, to appoint coordinators, a contact person or participants. Names and
 * roles of colleagues, no child data. Served by GET /api/units/:id/people.
 */
export function useUnitPeople(unitId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ["units", unitId, "people"],
    queryFn: () => api.get<{ people: UnitPerson[] }>(`/api/units/${unitId}/people`),
    enabled: unitId !== "",
    staleTime: 5 * 60_000,
  });
}
