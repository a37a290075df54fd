import { type Expression, type SqlBool, sql } from "kysely";
import { type Actor, careUnitIds } from "../../src/platform/auth/actor";
import { INTAKE_ROLES } from "../../src/features/cases/case-access";

// The access rule of ADR 0002 in its per-case form, as the server computed it before ADR 0033:
// each way in is a correlated condition on `cases as c`, evaluated for every case considered. It
// says plainly what the rule is; the equivalence test holds the index-driven sets to it.

const NO_ID = "00000000-0000-0000-0000-000000000000";
const ids = (values: string[]) =>
  sql.join((values.length ? values : [NO_ID]).map((v) => sql`${v}::uuid`));

const consentNames = (unitsSql: Expression<unknown>, at: Date) => sql<SqlBool>`exists (
  select 1 from consent k join consent_unit ku on ku.consent_id = k.id
  where k.case_id = c.id and ku.unit_id in (${unitsSql})
    and k.valid_from <= ${at} and (k.valid_until is null or k.valid_until > ${at})
    and (k.withdrawn_at is null or k.withdrawn_at > ${at}))`;

const consentNotWithdrawn = (at: Date) => sql<SqlBool>`(not exists (
    select 1 from consent k where k.case_id = c.id and k.withdrawn_at is not null
      and k.withdrawn_at <= ${at})
  or exists (
    select 1 from consent k where k.case_id = c.id
      and k.valid_from <= ${at} and (k.valid_until is null or k.valid_until > ${at})
      and (k.withdrawn_at is null or k.withdrawn_at > ${at})))`;

export function perCaseConditions(actor: Actor, at: Date) {
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
    coordination: sql<SqlBool>`(c.stage not in ('request', 'assessment', 'declined', 'closed')
      and ${consentNames(ids(intakeUnits), at)})`,
    emergency: sql<SqlBool>`exists (
      select 1 from emergency_access e
      where e.case_id = c.id and e.user_id = ${actor.userId} and e.expires_at > ${at})`,
  };
}

/** Who sees a case: the disjunction of the ways in. */
export function perCaseVisible(actor: Actor, at: Date): Expression<SqlBool> {
  if (actor.kind !== "professional") return sql<SqlBool>`false`;
  const a = perCaseConditions(actor, at);
  return sql<SqlBool>`(${a.raised} or ${a.network} or ${a.intake} or ${a.emergency})`;
}
