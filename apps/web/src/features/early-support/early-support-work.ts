import type { SessionUser } from "@kring/contracts";
import { STUDENT_HEALTH_ROLES, type ProfessionalRole } from "@kring/domain";

/** The roles that record early support (the server's rule, ADR 0041). */
const EARLY_SUPPORT_ROLES: readonly ProfessionalRole[] = [
  "parent_advisor",
  ...STUDENT_HEALTH_ROLES,
  "attendance_team",
];

/** The user's units where they are in the early-support team, each once. */
export function earlySupportUnits(user: SessionUser) {
  const units = new Map<string, { unitId: string; unitName: string }>();
  for (const m of user.memberships)
    if (EARLY_SUPPORT_ROLES.includes(m.role))
      units.set(m.unitId, { unitId: m.unitId, unitName: m.unitName });
  return [...units.values()];
}

export const recordsEarlySupport = (user: SessionUser) =>
  user.kind === "professional" && earlySupportUnits(user).length > 0;
