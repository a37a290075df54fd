// What closing a case needs to know beyond its state: the plan's goals that are not achieved and
// the closing measurements the schedule asks for. Read here, judged by the domain (`close`).
import type { Kysely } from "kysely";
import { type CaseState, stockholmDate } from "@kring/domain/cases";
import { asksClosingOrs, closingOrsMissing, sessionVersionFor } from "@kring/domain/instruments";
import type { PlanContent } from "@kring/domain/plans";
import type { Database } from "../../platform/db/schema";
import { instrumentSettingsOf } from "../instruments/instrument-settings";
import { schedulesFor } from "../instruments/schedule.service";
import type { CaseRow } from "./case-guard";

export interface ClosingCheck {
  /** The texts of the current plan's goals not achieved at their latest follow-up. */
  openGoals: string[];
  /** Informants whose closing SDQ is missing while their baseline was given. */
  missingClosingMeasurements: string[];
  /** The child's closing ORS or CORS is missing (the version by the child's age), or null. */
  missingClosingOrs: "ORS" | "CORS" | null;
}

function latestPlanVersion(db: Kysely<Database>, tenantId: string, caseId: string) {
  return db
    .selectFrom("plan_version as v")
    .innerJoin("plan as p", "p.id", "v.plan_id")
    .select(["v.plan_id", "v.content"])
    .where("p.tenant_id", "=", tenantId)
    .where("p.case_id", "=", caseId)
    .orderBy("v.number", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The goals of the latest agreed plan version, which an evaluation judges one by one. */
export async function planGoals(db: Kysely<Database>, tenantId: string, caseId: string) {
  const version = await latestPlanVersion(db, tenantId, caseId);
  if (!version) return [];
  return (version.content as unknown as PlanContent).goals.map((g) => ({ id: g.id, text: g.text }));
}

/** The goals of the latest agreed plan version whose latest assessment is not "achieved". */
async function openGoals(db: Kysely<Database>, tenantId: string, caseId: string) {
  const version = await latestPlanVersion(db, tenantId, caseId);
  if (!version) return [];
  const assessments = await db
    .selectFrom("plan_goal_assessment as a")
    .innerJoin("plan_follow_up as f", "f.id", "a.follow_up_id")
    .select(["a.goal_id", "a.level"])
    .where("f.plan_id", "=", version.plan_id)
    .orderBy("f.held_on")
    .orderBy("f.created_at")
    .execute();
  const latest = new Map<string, string>();
  for (const a of assessments) latest.set(a.goal_id, a.level);
  const content = version.content as unknown as PlanContent;
  return content.goals.filter((g) => latest.get(g.id) !== "achieved").map((g) => g.text);
}

/**
 * The closing SDQ of each informant whose baseline was given, and the child's closing ORS/CORS,
 * if the case closed today and the schedule asks for them: a measurement with nothing to compare
 * to is not asked for.
 */
async function missingClosing(db: Kysely<Database>, tenantId: string, row: CaseRow) {
  const none = { sdq: [] as string[], ors: null as "ORS" | "CORS" | null };
  const state = row.state as unknown as CaseState;
  if (!state.coordinators) return none;
  const { schedule } = await instrumentSettingsOf(db, tenantId);
  if (!schedule.sdqAtClosure && !asksClosingOrs(schedule)) return none;
  const child = await db
    .selectFrom("child")
    .select("birth_date")
    .where("id", "=", row.child_id)
    .executeTakeFirstOrThrow();
  const today = stockholmDate(new Date());
  const asClosed = { ...state, stage: "closed", closure: { reason: "other", on: today } };
  const due = await schedulesFor(
    db,
    tenantId,
    [{ id: row.id, stage: "closed", state: asClosed, birthDate: child.birth_date }],
    schedule,
    today,
  );
  const measurements = due.get(row.id) ?? [];
  const baselineGiven = (informant: string) =>
    measurements.some(
      (m) => m.occasion === "baseline" && m.informant === informant && m.status === "done",
    );
  const sdq = schedule.sdqAtClosure
    ? measurements
        .filter(
          (m) => m.occasion === "closure" && m.status !== "done" && baselineGiven(m.informant),
        )
        .map((m) => m.informant)
    : [];
  const ors = closingOrsMissing(measurements, schedule, today)
    ? (sessionVersionFor("ors", child.birth_date, today) as "ORS" | "CORS" | null)
    : null;
  return { sdq, ors };
}

export async function closingCheck(
  db: Kysely<Database>,
  tenantId: string,
  row: CaseRow,
): Promise<ClosingCheck> {
  const [goals, measurements] = await Promise.all([
    openGoals(db, tenantId, row.id),
    missingClosing(db, tenantId, row),
  ]);
  return {
    openGoals: goals,
    missingClosingMeasurements: measurements.sdq,
    missingClosingOrs: measurements.ors,
  };
}
