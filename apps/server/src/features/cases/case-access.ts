import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import { type Actor, careUnitIds } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";

const NO_ID = "00000000-0000-0000-0000-000000000000";
const ids = (values: string[]) =>
  sql.join((values.length ? values : [NO_ID]).map((v) => sql`${v}::uuid`));

/** Roles that receive requests in the intake queue. */
export const INTAKE_ROLES = ["central_coordinator", "social_secretary"];

// Consent in force at the instant that names one of the units.
const consentNames = (unitsSql: Expression<unknown>, at: Date) => sql<SqlBool>`exists (
  select 1 from consent k join consent_unit ku on ku.consent_id = k.id
  where k.case_id = c.id and ku.unit_id in (${unitsSql})
    and k.valid_from <= ${at} and (k.valid_until is null or k.valid_until > ${at})
    and (k.withdrawn_at is null or k.withdrawn_at > ${at}))`;

// The raiser's view lasts while consent was never withdrawn, or a consent is in force again.
const consentNotWithdrawn = (at: Date) => sql<SqlBool>`(not exists (
    select 1 from consent k where k.case_id = c.id and k.withdrawn_at is not null
      and k.withdrawn_at <= ${at})
  or exists (
    select 1 from consent k where k.case_id = c.id
      and k.valid_from <= ${at} and (k.valid_until is null or k.valid_until > ${at})
      and (k.withdrawn_at is null or k.withdrawn_at > ${at})))`;

/**
 * The ways an actor may see a case, each a condition on `cases as c`:
 * - raised: the person who raised the request while they belong to the raising unit, and the
 *   principal of the raising unit; until consent is withdrawn. It shows the request's status
 *   only (raiser-status.service.ts): every other case route refuses it (case-guard.ts);
 * - network: a network member, while consent in force names the unit they represent in the case;
 * - intake: the intake roles, for requests awaiting assessment (and declined ones, which a central
 *   coordinator may reopen) that consent shares with their unit; `intakeQueue` is the queue;
 * - emergency: an unexpired emergency access (given with a reason, read-only, flagged for review).
 * Analysts, guardians and children hold none of these for the professional case view.
 */
export function accessConditions(actor: Actor, at = new Date()) {
  const units = careUnitIds(actor);
  const principalUnits = actor.memberships
    .filter((m) => m.role === "principal")
    .map((m) => m.unitId);
  const intakeUnits = actor.memberships
    .filter((m) => INTAKE_ROLES.includes(m.role))
    .map((m) => m.unitId);
  return {
    raised: sql<SqlBool>`(((c.raised_by_user_id = ${actor.userId} and c.raised_by_unit_id in (${ids(units)}))
        or c.raised_by_unit_id in (${ids(principalUnits)}))
      and ${consentNotWithdrawn(at)})`,
    network: sql<SqlBool>`exists (
      select 1 from case_member m
      where m.case_id = c.id and m.user_id = ${actor.userId} and m.left_at is null
        and m.unit_id in (${ids(units)})
        and ${consentNames(sql`m.unit_id`, at)})`,
    intake: sql<SqlBool>`(c.stage in ('assessment', 'declined') and ${consentNames(ids(intakeUnits), at)})`,
    intakeQueue: sql<SqlBool>`(c.stage = 'assessment' and ${consentNames(ids(intakeUnits), at)})`,
    // Not a way to see the case: the intake roles see who coordinates a running case that consent
    // shares with their unit, to replace a coordinator (ADR 0025, appointment-changes.service.ts).
    coordination: sql<SqlBool>`(c.stage not in ('request', 'assessment', 'declined', 'closed')
      and ${consentNames(ids(intakeUnits), at)})`,
    emergency: sql<SqlBool>`exists (
      select 1 from emergency_access e
      where e.case_id = c.id and e.user_id = ${actor.userId} and e.expires_at > ${at})`,
  };
}

/** The one rule for who sees a case, as a filter on `cases as c`. */
export function caseVisibleTo(actor: Actor, at = new Date()): Expression<SqlBool> {
  if (actor.kind !== "professional") return sql<SqlBool>`false`;
  const a = accessConditions(actor, at);
  return sql<SqlBool>`(${a.raised} or ${a.network} or ${a.intake} or ${a.emergency})`;
}

export type AccessBasis = "network" | "raised" | "intake" | "emergency";

/**
 * Why the actor sees the case now (null: not at all). The fullest basis wins: emergency only when
 * no regular basis applies, and raised (the status only) last.
 */
export async function accessBasis(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<AccessBasis | null> {
  if (actor.kind !== "professional") return null;
  const a = accessConditions(actor);
  const row = await db
    .selectFrom("cases as c")
    .select([
      a.raised.as("raised"),
      a.network.as("network"),
      a.intake.as("intake"),
      a.emergency.as("emergency"),
    ])
    .where("c.id", "=", caseId)
    .where("c.tenant_id", "=", actor.tenantId)
    .executeTakeFirst();
  if (!row) return null;
  if (row.network) return "network";
  if (row.intake) return "intake";
  if (row.emergency) return "emergency";
  if (row.raised) return "raised";
  return null;
}
