import { type Expression, type SqlBool, sql } from "kysely";
import { STUDENT_HEALTH_ROLES } from "@kring/domain";
import { type Actor, unitIdsWithRole } from "../../platform/auth/actor";
import { caseIdsOpenedBy } from "../cases/case-access";

// Who sees an early-support contact (ADR 0041). Early support is given before any case, on the
// family's consent to keep it and nothing more, so it stays with the one who gave it and their
// unit's early-support team: the people who hold an early-support role (parent advisor, student
// health, attendance team) in the unit the contact is recorded for. Not the unit's teachers or
// principal, not the social secretaries who work beside a parent advisor in social services, and
// not the network of a later case, unless the family agreed when the request was raised.

/** The roles that record early support (Huddinge: parent advisors; student health; attendance). */
export const EARLY_SUPPORT_ROLES: readonly string[] = [
  "parent_advisor",
  ...STUDENT_HEALTH_ROLES,
  "attendance_team",
];

/** The units where the actor is in the early-support team. */
export const teamUnitIds = (actor: Actor) => unitIdsWithRole(actor, ...EARLY_SUPPORT_ROLES);

const uuids = (ids: string[]) => sql.join(ids.map((id) => sql`${id}::uuid`));

/** The contacts the actor may change, as a condition on `early_support_contact as e`. */
export function teamContacts(actor: Actor): Expression<SqlBool> {
  const units = teamUnitIds(actor);
  const inTeam = units.length ? sql<SqlBool>`e.unit_id in (${uuids(units)})` : sql<SqlBool>`false`;
  return sql<SqlBool>`(e.tenant_id = ${actor.tenantId} and (e.recorded_by = ${actor.userId} or ${inTeam}))`;
}

/**
 * The contacts the actor may read: the team's, and those the family agreed to share with the
 * network of the case raised from them (read-only; the network as ADR 0002 has it, under consent).
 */
export function readableContacts(actor: Actor): Expression<SqlBool> {
  return sql<SqlBool>`(${teamContacts(actor)} or (e.tenant_id = ${actor.tenantId}
    and e.shared_with_network and e.case_id in (${caseIdsOpenedBy(actor, ["network"])})))`;
}
