import { type Kysely, sql } from "kysely";
import { SMALL_CELL_LIMIT, type ShownFigure, protectSmallCounts } from "@kring/domain/statistics";
import { type Actor, hasRole, unitIdsWithRole } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { forbidden } from "../../../platform/http/errors";

/** Counts below this are shown as "färre än 5" so that no pupil can be recognised. */
export const MIN_GROUP_SIZE = SMALL_CELL_LIMIT;

const ALL_SCHOOLS = ["analyst", "attendance_team", "administrator"];
const MEASURES = ["pupils", "over10", "over15", "over20"] as const;
type Measure = (typeof MEASURES)[number];

type SchoolMonth = Record<Measure, number> & {
  school_id: string;
  school_name: string;
  area_id: string | null;
  area_name: string;
  period: string;
};
type FigureRow = Record<Measure, ShownFigure> & {
  groupId: string | null;
  groupName: string;
  period: string;
};

/**
 * Steering figures: per school or area and month, how many pupils were absent more than 10,
 * 15 and 20 % of their scheduled time (the bands overlap, as municipalities report them).
 * Analysts and the attendance team see every school; a principal sees their own schools.
 * An area's figure is the sum of its schools', so small counts are protected over the whole
 * municipality at once (each area with its schools: a list with its total), the same for every
 * reader, and only then cut down to what the reader may see.
 */
export async function attendanceStatistics(
  db: Kysely<Database>,
  actor: Actor,
  by: "school" | "area",
): Promise<FigureRow[]> {
  const everywhere = hasRole(actor, ...ALL_SCHOOLS);
  const ownSchools = unitIdsWithRole(actor, "principal");
  if (actor.kind !== "professional" || (!everywhere && ownSchools.length === 0)) throw forbidden();
  if (!everywhere && by === "area") throw forbidden();
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<SchoolMonth>`
      with placed as (
        select distinct on (cu.child_id) cu.child_id, u.id as school_id, u.name as school_name,
          a.id as area_id, coalesce(a.name, 'Utan område') as area_name
        from child_unit cu join unit u on u.id = cu.unit_id and u.kind = 'school'
        left join area a on a.id = u.area_id
        where cu.tenant_id = ${actor.tenantId} and (cu.to_date is null or cu.to_date >= (now() at time zone 'Europe/Stockholm')::date)
        order by cu.child_id, cu.from_date desc),
      monthly as (
        select d.child_id, to_char(d.date, 'YYYY-MM') as period,
          sum(least(d.valid_minutes + d.invalid_minutes, d.scheduled_minutes)) as absent,
          sum(d.scheduled_minutes) as scheduled
        from attendance_day d
        where d.tenant_id = ${actor.tenantId} and d.scheduled_minutes > 0
        group by 1, 2)
      select p.school_id, p.school_name, p.area_id, p.area_name, m.period,
        count(*)::int as pupils,
        (count(*) filter (where m.absent * 100 > 10 * m.scheduled))::int as over10,
        (count(*) filter (where m.absent * 100 > 15 * m.scheduled))::int as over15,
        (count(*) filter (where m.absent * 100 > 20 * m.scheduled))::int as over20
      from monthly m join placed p on p.child_id = m.child_id
      group by 1, 2, 3, 4, 5 order by 5, 2`.execute(trx);
    const { schools, areas } = protectFigures(rows);
    const result =
      by === "area" ? areas : schools.filter((s) => everywhere || ownSchools.includes(s.groupId!));
    await recordAudit(trx, actor, {
      action: "attendance.statistics_read",
      entityType: "attendance_statistics",
      details: { by, rows: result.length },
    });
    return result;
  });
}

/** Per month and area: the schools' counts with the area's as their total, protected together. */
function protectFigures(rows: SchoolMonth[]) {
  const lines = new Map<string, SchoolMonth[]>();
  for (const r of rows) {
    const key = `${r.period}|${r.area_id ?? ""}`;
    lines.set(key, [...(lines.get(key) ?? []), r]);
  }
  const schools: FigureRow[] = [];
  const areas: FigureRow[] = [];
  for (const line of lines.values()) {
    const first = line[0]!;
    const area: FigureRow = {
      groupId: first.area_id,
      groupName: first.area_name,
      period: first.period,
    } as FigureRow;
    const rowsOfLine = line.map(
      (s) => ({ groupId: s.school_id, groupName: s.school_name, period: s.period }) as FigureRow,
    );
    for (const measure of MEASURES) {
      const shown = protectSmallCounts(line.map((s) => s[measure]));
      area[measure] = shown.total;
      shown.cells.forEach((figure, i) => (rowsOfLine[i]![measure] = figure));
    }
    schools.push(...rowsOfLine);
    areas.push(area);
  }
  const order = (a: FigureRow, b: FigureRow) =>
    a.period.localeCompare(b.period) || a.groupName.localeCompare(b.groupName, "sv");
  return { schools: schools.sort(order), areas: areas.sort(order) };
}
