// What the closing and evaluation dialogs warn about before anything is sent: the same facts the
// domain's `close` and `start_evaluation` judge, so the page asks for exactly what the server
// would otherwise refuse.
import type { Kysely } from "kysely";
import type { CaseDetail } from "@kring/contracts";
import {
  type CaseState,
  type DeadlineRules,
  compareCivilDates,
  currentEvaluation,
  evaluationDueOn,
  evaluationIsEarly,
  followUpEndsOn,
  stockholmDate,
} from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import type { GuardedCase } from "./case-guard";
import { closingCheck, planGoals } from "./closing-facts.repository";

export async function closureCheckOf(
  db: Kysely<Database>,
  actor: Actor,
  g: GuardedCase,
  rules: DeadlineRules,
): Promise<NonNullable<CaseDetail["closureCheck"]>> {
  const state = g.row.state as unknown as CaseState;
  const context = { today: stockholmDate(new Date()), deadlineRules: rules };
  const ends = followUpEndsOn(state, context);
  const check = await closingCheck(db, actor.tenantId, g.row);
  const planned = state.planAgreedOn !== undefined;
  return {
    evaluationRecorded: currentEvaluation(state) !== undefined,
    followUpEndsOn: ends,
    early: ends !== null && compareCivilDates(context.today, ends) < 0,
    openGoals: check.openGoals,
    planGoals: await planGoals(db, actor.tenantId, g.row.id),
    missingClosingMeasurements: check.missingClosingMeasurements,
    missingClosingOrs: check.missingClosingOrs,
    evaluationDueOn: planned ? evaluationDueOn(state, context) : null,
    evaluationEarly: planned && evaluationIsEarly(state, context),
  };
}
