// Reopening a closed or declined case: an explicit step outside the process (a central
// coordinator, with a reason), which puts the case back where it stood before it ended.
import type { CaseState } from "./case-state";
import type { CaseStage } from "./stages";

/** The stage a case ended from, read from what the state records of its way there. */
export function stageBeforeEnd(state: CaseState): CaseStage {
  if (state.stage === "declined") return "assessment";
  const closingAction = state.authorityActions.findLast((a) => a.closedCase);
  if (state.closure?.reason === "authority_action" && closingAction) return closingAction.stage;
  if (state.lastEvaluationOn || state.closure?.reason === "goals_met") return "evaluation";
  if (state.planAgreedOn) return "interventions";
  const held = new Set(state.meetings.map((m) => m.kind));
  if (held.has("network_meeting_2")) return "network_meeting_2";
  if (held.has("network_meeting_1")) return "network_meeting_1";
  if (held.has("pre_meeting")) return "pre_meeting";
  if (state.firstContactOn) return "first_contact";
  if (state.coordinators) return "coordinators_appointed";
  return "assessment";
}

/** The state after reopening; null when the case has not ended (nothing to reopen). */
export function reopen(state: CaseState): CaseState | null {
  if (state.stage !== "closed" && state.stage !== "declined") return null;
  const { closure: _closure, declined: _declined, ...rest } = state;
  return { ...rest, stage: stageBeforeEnd(state) };
}
