import { type Actor, hasRole } from "../../platform/auth/actor";
import { forbidden } from "../../platform/http/errors";
import { INTAKE_ROLES } from "../cases/case-access";

/**
 * Who keeps a child's guardians by hand (ADR 0044): the administrator, who keeps the register
 * data the imports bring, and the intake roles, who receive requests about any child. The
 * administrator reaches the child's guardians only, never the child's cases or units.
 */
export const mayManageGuardians = (actor: Actor) =>
  actor.kind === "professional" && hasRole(actor, "administrator", ...INTAKE_ROLES);

export function requireGuardianKeeper(actor: Actor) {
  if (!mayManageGuardians(actor)) throw forbidden();
}
