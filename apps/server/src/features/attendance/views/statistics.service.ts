import { type Kysely, sql } from "kysely";
import { type Actor, hasRole, unitIdsWithRole } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { forbidden } from "../../../platform/http/errors";

/** Figures for fewer pupils than this are suppressed so that no pupil can be recognised. */
export const MIN_GROUP_SIZE = 5;

const ALL_SCHOOLS = ["analyst", "attendance_team", "administrator"];

/**
 * Steering figures: per school or area and month, how many pupils were absent more than 10,
 * 15 and 20 % of their scheduled time (the bands overlap, as municipalities report them).
 * Analysts and the attendance team see every school; a principal sees their own schools.
 */
export async function attendanceStatistics(
  db: Kysely<Database>,
  actor: Actor,
  by: "school" | "area",
) {
  const everywhere = hasRole(actor, ...ALL_SCHOOLS);
  const ownSchools = unitIdsWithRole(actor, "principal");
  if (actor.kind !== "professional" || (!everywhere && ownSchools.length === 0)) throw forbidden();
  if (!everywhere && by === "area") throw forbidden();
  const limit = everywhere ? sql`true` : sql`u.id = any(${ownSchools}::uuid[])`;
  const group =
    by === "school"
      ? sql`p.school_id as group_id, p.school_name as group_name`
      : sql`p.area_id as group_id, p.area_name as group_name`;
  return db.transaction().execute(async (trx) => {
    const rows = await sql<{
      group_id: string | null;
      group_name: string | null;
      period: string;
      pupils: number;
      over10: number;
      over15: number;
      over20: number;
    }>`
      with placed as (
        select distinct on (cu.child_id) cu.child_id, u.id as school_id, u.name as school_name,
          a.id as area_id, coalesce(a.name, 'Utan område') as area_name
        from child_unit cu join unit u on u.id = cu.unit_id and u.kind = 'school'
        left join area a on a.id = u.area_id
        where cu.tenant_id = ${actor.tenantId} and (cu.to_date is null or cu.to_date >= current_date)
          and ${limit}
        order by cu.child_id, cu.from_date desc),
      monthly as (
        select d.child_id, to_char(d.date, 'YYYY-MM') as period,
          sum(least(d.valid_minutes + d.invalid_minutes, d.scheduled_minutes)) as absent,
          sum(d.scheduled_minutes) as scheduled
        from attendance_day d
        where d.tenant_id = ${actor.tenantId} and d.scheduled_minutes > 0
        group by 1, 2)
      select ${group}, m.period, count(*)::int as pupils,
        (count(*) filter (where m.absent * 100 > 10 * m.scheduled))::int as over10,
        (count(*) filter (where m.absent * 100 > 15 * m.scheduled))::int as over15,
        (count(*) filter (where m.absent * 100 > 20 * m.scheduled))::int as over20
      from monthly m join placed p on p.child_id = m.child_id
      group by 1, 2, 3 order by 2, 3`.execute(trx);
    await recordAudit(trx, actor, {
      action: "attendance.statistics_read",
      entityType: "attendance_statistics",
      details: { by, rows: rows.rows.length },
    });
    return rows.rows.map((r) => {
      const suppressed = r.pupils < MIN_GROUP_SIZE;
      return {
        groupId: r.group_id,
        groupName: r.group_name ?? "",
        period: r.period,
        pupils: suppressed ? null : r.pupils,
        over10: suppressed ? null : r.over10,
        over15: suppressed ? null : r.over15,
        over20: suppressed ? null : r.over20,
        suppressed,
      };
    });
  });
}
