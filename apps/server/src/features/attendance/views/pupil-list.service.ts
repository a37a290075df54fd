import { type Kysely, sql } from "kysely";
import type { PupilRow } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import { type Actor, requireRole } from "../../../platform/auth/actor";
import { recordAuditPerChild } from "../../../platform/audit/audit-children";
import type { Database } from "../../../platform/db/schema";
import { forbidden } from "../../../platform/http/errors";
import { whereaboutsVisible } from "../../children/child-whereabouts";
import { accessConditions, pupilVisibleTo } from "../attendance-access";
import { absenceFigures, placementsOf, staircasesByKey } from "./pupil-facts.repository";

/**
 * "mine": the pupils the actor follows (a mentor's groups, a principal's school, student
 * health's pupils on the staircase), highest step first. "caseload": the attendance team's.
 */
export async function listPupils(
  db: Kysely<Database>,
  actor: Actor,
  view: "mine" | "caseload",
): Promise<PupilRow[]> {
  if (actor.kind !== "professional") throw forbidden();
  if (view === "caseload") requireRole(actor, "attendance_team");
  return db.transaction().execute(async (trx) => {
    const child = sql<string>`c.id`;
    const a = accessConditions(actor, child);
    const filter = view === "caseload" ? a.attendance_team : pupilVisibleTo(actor, child);
    const rows = await trx
      .selectFrom("child as c")
      .leftJoin("attendance_pupil_state as s", (j) =>
        j.onRef("s.child_id", "=", "c.id").onRef("s.tenant_id", "=", "c.tenant_id"),
      )
      .select([
        "c.id",
        "c.given_name",
        "c.family_name",
        "s.step",
        "s.since",
        "s.top_step",
        "s.staircase_key",
        "c.protected_identity",
        sql<boolean>`(${a.mentor} or ${a.principal})`.as("own_school"),
      ])
      .where("c.tenant_id", "=", actor.tenantId)
      .where(filter)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("attendance_day as d")
            .select("d.child_id")
            .where("d.tenant_id", "=", actor.tenantId)
            .whereRef("d.child_id", "=", "c.id"),
        ),
      )
      .orderBy("s.step", (o) => o.desc().nullsLast())
      .orderBy("c.family_name")
      .orderBy("c.given_name")
      .limit(5000)
      .execute();
    const ids = rows.map((r) => r.id);
    const today = stockholmDate(new Date());
    const figures = await absenceFigures(trx, actor.tenantId, ids);
    const placements = await placementsOf(trx, actor.tenantId, ids);
    const staircases = await staircasesByKey(trx, actor.tenantId);
    const tasks = ids.length
      ? await trx
          .selectFrom("attendance_task")
          .select(["child_id", "due_date"])
          .where("tenant_id", "=", actor.tenantId)
          .where("child_id", "in", ids)
          .where("status", "=", "open")
          .execute()
      : [];
    // A protected pupil's school and groups: for the pupil's own school (mentor, principal), who
    // already know where the pupil is, and as everywhere for intake and network (ADR 0016).
    const shown = await whereaboutsVisible(
      trx,
      actor,
      rows.map((r) => ({ id: r.id, protected_identity: r.protected_identity && !r.own_school })),
    );
    // One entry per pupil shown, each with the child's id in its own column (ADR 0020).
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: `attendance.list_${view}`,
        entityType: "attendance_state",
        details: { pupils: ids.length },
      },
      ids,
    );
    return rows.map((r) => {
      const step = r.step ?? 0;
      const staircase = r.staircase_key ? staircases.get(r.staircase_key) : undefined;
      const mine = tasks.filter((t) => t.child_id === r.id);
      return {
        childId: r.id,
        name: `${r.given_name} ${r.family_name}`,
        ...(shown.has(r.id) ? placements.get(r.id)! : { schoolName: null, groupNames: [] }),
        whereaboutsHidden: !shown.has(r.id),
        step,
        stepTitle: step > 0 ? (staircase?.steps[step - 1]?.title ?? null) : null,
        since: r.since ?? null,
        topStep: r.top_step ?? false,
        ...(figures.get(r.id) ?? {
          termPercent: null,
          recentPercent: null,
          earlierPercent: null,
          trend: "unknown" as const,
        }),
        openTasks: mine.length,
        overdueTasks: mine.filter((t) => t.due_date < today).length,
      };
    });
  });
}
