import { ACCESS_BASES } from "@kring/contracts";
import { sql } from "kysely";
import { INTAKE_ROLES } from "../cases/case-access";
import { NON_CARE_ROLES } from "../../platform/auth/actor";

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

/**
 * On which ground the entry's actor reached the child (`audit_event as e`, `app_user as u` its
 * actor), as SQL. A case read records its basis (details.basis) since issue #21; for other and
 * older entries it is derived from what held at the entry's moment: a network membership of a
 * case of the child, an emergency grant, having raised a request about the child, an intake
 * role, or the child's enrolment at one of the person's units. None of these: 'none', worth a
 * look. A regular basis wins over emergency (ADR 0002), as in the access rule itself.
 */
export const accessBasisSql = sql<string | null>`case
  when e.action = 'access.refused' then 'refused'
  when e.details->>'basis' in (${list(ACCESS_BASES)}) then e.details->>'basis'
  when e.actor_user_id is null then null
  when u.kind <> 'professional' then 'family'
  when exists (select 1 from case_member m join cases c on c.id = m.case_id
    where m.user_id = e.actor_user_id and c.tenant_id = e.tenant_id and c.child_id = e.child_id
      and m.joined_at <= e.at and (m.left_at is null or m.left_at >= e.at)) then 'network'
  when exists (select 1 from emergency_access ea join cases c on c.id = ea.case_id
    where ea.user_id = e.actor_user_id and c.tenant_id = e.tenant_id and c.child_id = e.child_id
      and e.at between ea.granted_at and ea.expires_at) then 'emergency'
  when exists (select 1 from cases c
    where c.tenant_id = e.tenant_id and c.child_id = e.child_id
      and c.raised_by_user_id = e.actor_user_id) then 'raised'
  when exists (select 1 from membership ms
    where ms.user_id = e.actor_user_id and ms.role in (${list(INTAKE_ROLES)})) then 'intake'
  when exists (select 1 from child_unit cu join membership ms on ms.unit_id = cu.unit_id
    where cu.child_id = e.child_id and ms.user_id = e.actor_user_id
      and ms.role not in (${list(NON_CARE_ROLES)})
      and cu.from_date <= e.at::date and (cu.to_date is null or cu.to_date >= e.at::date)) then 'unit'
  else 'none'
end`;

/**
 * The same question for a person and a child over a whole period (the "outside the user's
 * units" rule): true when none of the regular grounds held at any time in it.
 */
export const noBasisInPeriodSql = (start: Date, end: Date) => sql<boolean>`not (
  exists (select 1 from case_member m join cases c on c.id = m.case_id
    where m.user_id = p.actor_user_id and c.child_id = p.child_id
      and m.joined_at < ${end} and (m.left_at is null or m.left_at >= ${start}))
  or exists (select 1 from emergency_access ea join cases c on c.id = ea.case_id
    where ea.user_id = p.actor_user_id and c.child_id = p.child_id
      and ea.granted_at < ${end} and ea.expires_at >= ${start})
  or exists (select 1 from cases c
    where c.child_id = p.child_id and c.raised_by_user_id = p.actor_user_id)
  or exists (select 1 from membership ms
    where ms.user_id = p.actor_user_id and ms.role in (${list(INTAKE_ROLES)}))
  or exists (select 1 from child_unit cu join membership ms on ms.unit_id = cu.unit_id
    where cu.child_id = p.child_id and ms.user_id = p.actor_user_id
      and ms.role not in (${list(NON_CARE_ROLES)})
      and cu.from_date < ${end} and (cu.to_date is null or cu.to_date >= ${start}::date)))`;
