import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from "kysely";
import { STUDENT_HEALTH_ROLES } from "@kring/domain";
import { type Actor, unitIdsWithRole } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";

// Who sees a pupil's attendance, as one SQL rule per way in (like case-access.ts):
// - mentor: the pupil is in a class or mentor group the actor is mentor of (from SS 12000/CSV);
// - principal: the pupil is enrolled at a school the actor is principal of;
// - student_health: the pupil is on the staircase at a school in the student-health unit's area;
// - attendance_team: the pupil is on the team's caseload (the last step, or work or an
//   escalation of the team's own).
// Analysts and administrators have none: they see aggregates only.

const NO_ID = "00000000-0000-0000-0000-000000000000";
const ids = (values: string[]) =>
  sql.join((values.length ? values : [NO_ID]).map((v) => sql`${v}::uuid`));
const current = (table: string) =>
  sql.raw(
    `(${table}.to_date is null or ${table}.to_date >= (now() at time zone 'Europe/Stockholm')::date)`,
  );

export type AttendanceBasis = "mentor" | "principal" | "student_health" | "attendance_team";

export function accessConditions(actor: Actor, child: Expression<string>) {
  const principalUnits = unitIdsWithRole(actor, "principal");
  const healthUnits = unitIdsWithRole(actor, ...STUDENT_HEALTH_ROLES);
  const team = unitIdsWithRole(actor, "attendance_team").length > 0;
  const t = actor.tenantId;
  return {
    mentor: sql<SqlBool>`exists (select 1 from attendance_group_member gm
      join attendance_group_mentor mt on mt.group_id = gm.group_id
      where gm.tenant_id = ${t} and gm.child_id = ${child} and mt.user_id = ${actor.userId}
        and ${current("gm")} and ${current("mt")})`,
    principal: sql<SqlBool>`exists (select 1 from child_unit cu
      where cu.tenant_id = ${t} and cu.child_id = ${child}
        and cu.unit_id in (${ids(principalUnits)}) and ${current("cu")})`,
    student_health: sql<SqlBool>`(exists (select 1 from attendance_pupil_state st
        where st.tenant_id = ${t} and st.child_id = ${child} and st.step > 0)
      and exists (select 1 from child_unit cu join unit s on s.id = cu.unit_id
        join unit e on e.id in (${ids(healthUnits)}) and e.kind = 'student_health'
          and e.area_id is not distinct from s.area_id
        where cu.tenant_id = ${t} and cu.child_id = ${child} and ${current("cu")}))`,
    attendance_team: team
      ? sql<SqlBool>`(exists (select 1 from attendance_pupil_state st
          where st.tenant_id = ${t} and st.child_id = ${child} and st.top_step)
        or exists (select 1 from attendance_task tk where tk.tenant_id = ${t}
          and tk.child_id = ${child} and tk.actor = 'attendance_team')
        or exists (select 1 from attendance_escalation es where es.tenant_id = ${t}
          and es.child_id = ${child}))`
      : sql<SqlBool>`false`,
  };
}

/** The one rule for whose attendance an actor sees, as a filter on a child id. */
export function pupilVisibleTo(actor: Actor, child: Expression<string>): RawBuilder<SqlBool> {
  if (actor.kind !== "professional") return sql<SqlBool>`false`;
  const a = accessConditions(actor, child);
  return sql<SqlBool>`(${a.mentor} or ${a.principal} or ${a.student_health} or ${a.attendance_team})`;
}

/**
 * Refuses unless the actor may see the pupil's attendance, and tells on which basis (audited).
 * Every route about one pupil comes through here.
 */
export async function guardPupil(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<AttendanceBasis> {
  const child = sql<string>`${childId}::uuid`;
  const a = accessConditions(actor, child);
  const row = await db
    .selectFrom("child")
    .select([
      a.mentor.as("mentor"),
      a.principal.as("principal"),
      a.student_health.as("student_health"),
      a.attendance_team.as("attendance_team"),
    ])
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", childId)
    .executeTakeFirst();
  if (!row) throw notFound("pupil");
  if (actor.kind !== "professional") throw forbidden();
  const basis = (["mentor", "principal", "student_health", "attendance_team"] as const).find(
    (b) => row[b],
  );
  if (!basis) throw forbidden();
  return basis;
}
