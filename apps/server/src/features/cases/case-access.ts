import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import { type Actor, careUnitIds } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";

/** Roles that receive requests in the intake queue. */
export const INTAKE_ROLES = ["central_coordinator", "social_secretary"];

const uuids = (values: string[]) => sql.join(values.map((v) => sql`${v}::uuid`));

// Consent in force at the instant, for the case, that names one of the units.
const consentNames = (caseId: RawBuilder<unknown>, units: RawBuilder<unknown>, at: Date) =>
  sql<SqlBool>`exists (
  select 1 from consent k join consent_unit ku on ku.consent_id = k.id
  where k.case_id = ${caseId} and ku.unit_id in (${units})
    and k.valid_from <= ${at} and (k.valid_until is null or k.valid_until > ${at})
    and (k.withdrawn_at is null or k.withdrawn_at > ${at}))`;

// The raiser's view lasts while consent was never withdrawn, or a consent is in force again.
// One aggregate over the case's consents, so that it is a lookup by case (an OR of EXISTS
// would be planned as hashed subplans reading every consent of the database).
const consentNotWithdrawn = (caseId: RawBuilder<unknown>, at: Date) => sql<SqlBool>`coalesce((
    select bool_or(k.valid_from <= ${at} and (k.valid_until is null or k.valid_until > ${at})
        and (k.withdrawn_at is null or k.withdrawn_at > ${at}))
      or not bool_or(k.withdrawn_at is not null and k.withdrawn_at <= ${at})
    from consent k where k.case_id = ${caseId}), true)`;

const NOTHING = sql`select null::uuid as id where false`;
const union = (branches: RawBuilder<unknown>[]) =>
  branches.length ? sql.join(branches, sql` union all `) : NOTHING;

/**
 * The ways an actor may see a case (ADR 0002), each as the set of case ids it opens, found from
 * the actor's side (ADR 0033): the actor's memberships, requests, intake units and emergency
 * grants are looked up by index and only their cases are considered, so a list costs what the
 * person sees, not what the municipality holds. `only` narrows every set to one case (the guard).
 * - raised: the person who raised the request while they belong to the raising unit, and the
 *   principal of the raising unit; until consent is withdrawn. It shows the request's status
 *   only (raiser-status.service.ts): every other case route refuses it (case-guard.ts);
 * - network: a network member, while consent in force names the unit they represent in the case;
 * - intake: the intake roles, for requests awaiting assessment (and declined ones, which a central
 *   coordinator may reopen) that consent shares with their unit; `intakeQueue` is the queue;
 * - emergency: an unexpired emergency access (given with a reason, read-only, flagged for review).
 * Analysts, guardians and children hold none of these for the professional case view.
 */
export function accessSets(actor: Actor, at = new Date(), only?: string) {
  const t = actor.tenantId;
  const u = actor.userId;
  const units = careUnitIds(actor);
  const principalUnits = actor.memberships
    .filter((m) => m.role === "principal")
    .map((m) => m.unitId);
  const intakeUnits = actor.memberships
    .filter((m) => INTAKE_ROLES.includes(m.role))
    .map((m) => m.unitId);
  const onlyV = only ? sql`and v.id = ${only}::uuid` : sql``;
  const v = sql`v.id`;
  // A stage filter over the cases whose consent in force names an intake unit.
  const shared = (stage: RawBuilder<unknown>) =>
    intakeUnits.length
      ? [
          sql`select v.id from cases v where v.tenant_id = ${t} and ${stage} ${onlyV}
            and ${consentNames(v, uuids(intakeUnits), at)}`,
        ]
      : [];
  const raised = [
    ...(units.length
      ? [
          sql`select v.id from cases v where v.raised_by_user_id = ${u} and v.tenant_id = ${t}
            and v.raised_by_unit_id in (${uuids(units)}) ${onlyV} and ${consentNotWithdrawn(v, at)}`,
        ]
      : []),
    ...(principalUnits.length
      ? [
          sql`select v.id from cases v where v.raised_by_unit_id in (${uuids(principalUnits)})
            and v.tenant_id = ${t} ${onlyV} and ${consentNotWithdrawn(v, at)}`,
        ]
      : []),
  ];
  const network = units.length
    ? [
        sql`select m.case_id as id from case_member m
          where m.tenant_id = ${t} and m.user_id = ${u} and m.left_at is null
            and m.unit_id in (${uuids(units)}) ${only ? sql`and m.case_id = ${only}::uuid` : sql``}
            and ${consentNames(sql`m.case_id`, sql`m.unit_id`, at)}`,
      ]
    : [];
  const emergency = [
    sql`select e.case_id as id from emergency_access e
      where e.tenant_id = ${t} and e.user_id = ${u} and e.expires_at > ${at}
        ${only ? sql`and e.case_id = ${only}::uuid` : sql``}`,
  ];
  return {
    raised,
    network,
    intake: shared(sql`v.stage in ('assessment', 'declined')`),
    intakeQueue: shared(sql`v.stage = 'assessment'`),
    // Not a way to see the case: the intake roles see who coordinates a running case that consent
    // shares with their unit, to replace a coordinator (ADR 0025, appointment-changes.service.ts).
    coordination: shared(sql`v.stage not in ('request', 'assessment', 'declined', 'closed')`),
    emergency,
  };
}

type Way = keyof ReturnType<typeof accessSets>;

/** The case ids the ways open, as one subquery (a union of index lookups). */
export function caseIdsOpenedBy(actor: Actor, ways: Way[], at = new Date(), only?: string) {
  const sets = accessSets(actor, at, only);
  return union(ways.flatMap((w) => sets[w]));
}

/** Each way as a filter on `cases as c`; `only` when the query is about that one case. */
export function accessConditions(actor: Actor, at = new Date(), only?: string) {
  const cond = (way: Way) => sql<SqlBool>`(c.id in (${caseIdsOpenedBy(actor, [way], at, only)}))`;
  return {
    raised: cond("raised"),
    network: cond("network"),
    intake: cond("intake"),
    intakeQueue: cond("intakeQueue"),
    coordination: cond("coordination"),
    emergency: cond("emergency"),
  };
}

const VISIBLE: Way[] = ["raised", "network", "intake", "emergency"];

/** The one rule for who sees a case, as a filter on `cases as c`. */
export function caseVisibleTo(actor: Actor, at = new Date()): Expression<SqlBool> {
  if (actor.kind !== "professional") return sql<SqlBool>`false`;
  return sql<SqlBool>`(c.id in (${caseIdsOpenedBy(actor, VISIBLE, at)}))`;
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
  at = new Date(),
): Promise<AccessBasis | null> {
  if (actor.kind !== "professional") return null;
  const a = accessConditions(actor, at, caseId);
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
