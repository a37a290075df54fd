import type { Transaction } from "kysely";
import { type CaseEvent, type CaseState, stockholmDate, transition } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { childRelations } from "../cases/case-facts.repository";
import type { CaseRow, GuardedCase } from "../cases/case-guard";
import { recordCaseEvent, saveCaseState } from "../cases/case-state.repository";
import { gateRefusal } from "../cases/gate-refusal";

type Trx = Transaction<Database>;

// An agreed plan moves the case: the first one is the case's `agree_plan` step (the 30-day goal
// is measured on it); one agreed at evaluation is the `continue` step with a revised plan; one
// agreed while interventions run is a revision on the timeline only.

function stepFor(state: CaseState): CaseEvent | null {
  if (state.planAgreedOn === undefined) return { type: "agree_plan" };
  if (state.stage === "evaluation") return { type: "continue", revisedPlan: true };
  return null;
}

async function tryStep(trx: Trx, actor: Actor, row: CaseRow) {
  const state = row.state as unknown as CaseState;
  const event = stepFor(state);
  if (!event) return null;
  const result = transition(state, event, {
    today: stockholmDate(new Date()),
    child: await childRelations(trx, actor.tenantId, row.child_id),
  });
  if (!result.ok) throw await gateRefusal(trx, row.id, result.error);
  return { event, state: result.state };
}

/** Refuses early (before the family is asked) when the case cannot take an agreed plan now. */
export async function checkCaseAcceptsPlan(trx: Trx, actor: Actor, guarded: GuardedCase) {
  await tryStep(trx, actor, guarded.row);
}

export async function applyAgreementToCase(trx: Trx, actor: Actor, row: CaseRow, number: number) {
  const step = await tryStep(trx, actor, row);
  if (!step) {
    await recordCaseEvent(
      trx,
      actor,
      row.id,
      row.version,
      "plan_revised",
      `Plan version ${number} godkänd`,
    );
    return;
  }
  await saveCaseState(trx, actor, row, step.state, {
    kind: step.event.type,
    summary: `Plan version ${number} godkänd`,
    lastDecision:
      step.event.type === "agree_plan"
        ? "Handlingsplanen fastställd."
        : "Fortsätter med reviderad plan.",
  });
}
