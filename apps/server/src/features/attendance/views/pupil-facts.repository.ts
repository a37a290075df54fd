import { type Kysely, sql } from "kysely";
import type { Staircase } from "@kring/domain/attendance";
import type { Database } from "../../../platform/db/schema";
import { activeStaircases } from "../evaluation/staircase-config.repository";

// Facts shown next to a pupil's name in lists and on the pupil's page.

type Db = Kysely<Database>;

export interface AbsenceFigures {
  termPercent: number | null;
  recentPercent: number | null;
  earlierPercent: number | null;
  trend: "rising" | "falling" | "steady" | "unknown";
}

/** A change of two percentage points between two fortnights is a trend, less is noise. */
const TREND_POINTS = 2;

const percent = (absent: number | null, scheduled: number | null) =>
  scheduled ? Math.round(((absent ?? 0) / scheduled) * 1000) / 10 : null;

/**
 * Absence over the term of each pupil's latest school day (autumn from 1 August, spring from
 * 1 January), over the last 10 school days and over the 10 before them.
 */
export async function absenceFigures(db: Db, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return new Map<string, AbsenceFigures>();
  const rows = await sql<{
    child_id: string;
    term_abs: number | null;
    term_sched: number | null;
    recent_abs: number | null;
    recent_sched: number | null;
    earlier_abs: number | null;
    earlier_sched: number | null;
  }>`
    with d as (
      select child_id, date, scheduled_minutes as sched,
        least(valid_minutes + invalid_minutes, scheduled_minutes) as abs,
        row_number() over (partition by child_id order by date desc) as rn,
        max(date) over (partition by child_id) as latest
      from attendance_day
      where tenant_id = ${tenantId} and child_id = any(${childIds}::uuid[])
        and scheduled_minutes > 0)
    select child_id,
      sum(abs) filter (where date >= case when extract(month from latest) >= 8
        then make_date(extract(year from latest)::int, 8, 1)
        else make_date(extract(year from latest)::int, 1, 1) end)::int as term_abs,
      sum(sched) filter (where date >= case when extract(month from latest) >= 8
        then make_date(extract(year from latest)::int, 8, 1)
        else make_date(extract(year from latest)::int, 1, 1) end)::int as term_sched,
      sum(abs) filter (where rn <= 10)::int as recent_abs,
      sum(sched) filter (where rn <= 10)::int as recent_sched,
      sum(abs) filter (where rn > 10 and rn <= 20)::int as earlier_abs,
      sum(sched) filter (where rn > 10 and rn <= 20)::int as earlier_sched
    from d group by child_id`.execute(db);
  return new Map(
    rows.rows.map((r) => {
      const recent = percent(r.recent_abs, r.recent_sched);
      const earlier = percent(r.earlier_abs, r.earlier_sched);
      const diff = recent !== null && earlier !== null ? recent - earlier : null;
      const trend =
        diff === null
          ? "unknown"
          : diff >= TREND_POINTS
            ? "rising"
            : diff <= -TREND_POINTS
              ? "falling"
              : "steady";
      return [
        r.child_id,
        {
          termPercent: percent(r.term_abs, r.term_sched),
          recentPercent: recent,
          earlierPercent: earlier,
          trend,
        } satisfies AbsenceFigures,
      ];
    }),
  );
}

/** Each pupil's current school and mentor groups. */
export async function placementsOf(db: Db, tenantId: string, childIds: string[]) {
  const result = new Map<string, { schoolName: string | null; groupNames: string[] }>();
  if (childIds.length === 0) return result;
  const schools = await sql<{ child_id: string; name: string }>`
    select distinct on (cu.child_id) cu.child_id, u.name from child_unit cu
    join unit u on u.id = cu.unit_id and u.kind = 'school'
    where cu.tenant_id = ${tenantId} and cu.child_id = any(${childIds}::uuid[])
      and (cu.to_date is null or cu.to_date >= (now() at time zone 'Europe/Stockholm')::date)
    order by cu.child_id, cu.from_date desc`.execute(db);
  const groups = await db
    .selectFrom("attendance_group_member as gm")
    .innerJoin("attendance_group as g", "g.id", "gm.group_id")
    .select(["gm.child_id", "g.name"])
    .where("gm.tenant_id", "=", tenantId)
    .where("gm.child_id", "in", childIds)
    .orderBy("g.name")
    .execute();
  for (const id of childIds) result.set(id, { schoolName: null, groupNames: [] });
  for (const s of schools.rows) result.get(s.child_id)!.schoolName = s.name;
  for (const g of groups) result.get(g.child_id)!.groupNames.push(g.name);
  return result;
}

/** The saved staircases by the key stored in each pupil's state. */
export async function staircasesByKey(db: Db, tenantId: string) {
  return new Map<string, Staircase>(
    (await activeStaircases(db, tenantId)).map((s) => [s.key, s.staircase]),
  );
}
