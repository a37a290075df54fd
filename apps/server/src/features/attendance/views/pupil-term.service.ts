import type { Kysely, Transaction } from "kysely";
import type { PupilTerm } from "@kring/contracts";
import type { PupilStairState } from "@kring/domain/attendance";
import { stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { guardPupil } from "../attendance-access";
import { placementsOf, staircasesByKey } from "./pupil-facts.repository";
import { tasksOfPupil } from "./tasks.service";
import { termOf, weeksOf } from "./term";

/**
 * A pupil's attendance over a term: each school day (valid and invalid absence apart), the
 * weeks, the staircase with the pupil's history on it, the work it created and escalations.
 */
export async function pupilTerm(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  termContaining: string | undefined,
): Promise<PupilTerm> {
  return db.transaction().execute(async (trx) => {
    const basis = await guardPupil(trx, actor, childId);
    const child = await trx
      .selectFrom("child")
      .select(["given_name", "family_name"])
      .where("id", "=", childId)
      .executeTakeFirstOrThrow();
    const latest = await trx
      .selectFrom("attendance_day")
      .select((eb) => eb.fn.max("date").as("date"))
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .executeTakeFirst();
    const term = termOf(termContaining ?? latest?.date ?? stockholmDate(new Date()));
    const days = await trx
      .selectFrom("attendance_day")
      .select(["date", "scheduled_minutes", "valid_minutes", "invalid_minutes"])
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .where("date", ">=", term.from)
      .where("date", "<=", term.to)
      .where("scheduled_minutes", ">", 0)
      .orderBy("date")
      .execute();
    const state = await trx
      .selectFrom("attendance_pupil_state")
      .select(["staircase_key", "state"])
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .executeTakeFirst();
    const stored = state?.state as unknown as PupilStairState | undefined;
    const staircase = state
      ? ((await staircasesByKey(trx, actor.tenantId)).get(state.staircase_key) ?? null)
      : null;
    const placement = (await placementsOf(trx, actor.tenantId, [childId])).get(childId)!;
    const absences = await trx
      .selectFrom("attendance_reported_absence")
      .select(["starts_at", "ends_at", "kind"])
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .where("ends_at", ">=", new Date(`${term.from}T00:00:00Z`))
      .where("starts_at", "<=", new Date(`${term.to}T23:59:59Z`))
      .orderBy("starts_at")
      .execute();
    const escalations = await trx
      .selectFrom("attendance_escalation")
      .select(["kind", "case_id", "summary", "recorded_at"])
      .where("tenant_id", "=", actor.tenantId)
      .where("child_id", "=", childId)
      .orderBy("recorded_at")
      .execute();
    const tasks = await tasksOfPupil(trx, actor, childId);
    await recordAudit(trx, actor, {
      action: "attendance.pupil_read",
      entityType: "attendance_state",
      entityId: childId,
      childId,
      details: { basis, term: term.from },
    });
    const dayMinutes = days.map((d) => ({
      date: d.date,
      scheduled: d.scheduled_minutes,
      valid: d.valid_minutes,
      invalid: d.invalid_minutes,
    }));
    const canEscalate =
      basis === "attendance_team" &&
      !!stored &&
      !!staircase &&
      stored.step === staircase.steps.length;
    return {
      child: { id: childId, name: `${child.given_name} ${child.family_name}`, ...placement },
      basis,
      term,
      days: dayMinutes,
      weeks: weeksOf(dayMinutes),
      staircase,
      place: {
        step: stored?.step ?? 0,
        since: stored?.since ?? null,
        history: (stored?.history ?? []).map((h) => ({
          step: h.step,
          from: h.from,
          reason: h.reason.text,
        })),
      },
      tasks,
      reportedAbsences: absences.map((a) => ({
        from: a.starts_at.toISOString(),
        to: a.ends_at.toISOString(),
        kind: a.kind,
      })),
      escalations: escalations.map((e) => ({
        kind: e.kind,
        caseId: e.case_id,
        summary: e.summary,
        recordedAt: e.recorded_at.toISOString(),
      })),
      canEscalate,
      guardians: canEscalate ? await guardiansOf(trx, childId) : [],
    };
  });
}

/** Guardians by name: at the last step the attendance team records their consent to a case. */
async function guardiansOf(trx: Transaction<Database>, childId: string) {
  const rows = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "g.given_name", "g.family_name"])
    .where("cg.child_id", "=", childId)
    .where("cg.custody", "=", true)
    .orderBy("g.given_name")
    .execute();
  return rows.map((g) => ({ id: g.id, givenName: g.given_name, familyName: g.family_name }));
}
