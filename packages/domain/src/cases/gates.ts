// Which events a case accepts in its current state. `transition` refuses with the gate's error
// before looking at the payload, and `allowedEvents` lists exactly the event types whose gate is
// open, so the two can never disagree.
import {
  CLOSE_REASONS,
  CLOSE_REASONS_AFTER_EVALUATION,
  type CaseState,
  type CloseEventReason,
} from "./case-state";
import {
  CASE_EVENT_TYPES,
  DEFAULT_PROCESS_RULES,
  type CaseEventType,
  type ProcessRules,
} from "./events";
import { meetingKindsHeldIn, type MeetingKind } from "./meetings";
import { isActiveStage, isTerminalStage } from "./stages";
import { evaluationMeetingHeld } from "./transition-evaluation";
import { eventNotAllowed, transitionError, type TransitionError } from "./transition-errors";

export type AllowedEvent =
  | { type: Exclude<CaseEventType, "hold_meeting" | "close"> }
  | { type: "hold_meeting"; meetingKinds: MeetingKind[] }
  | { type: "close"; reasons: CloseEventReason[] };

export function resolveProcessRules(rules?: Partial<ProcessRules>): ProcessRules {
  return { ...DEFAULT_PROCESS_RULES, ...rules };
}

function spokespersonMissing(state: CaseState, rules: ProcessRules): boolean {
  return rules.spokespersonBeforeNetworkMeeting1 && state.spokespersonId === undefined;
}

/** Meeting kinds that may be recorded now. */
export function availableMeetingKinds(state: CaseState, rules: ProcessRules): MeetingKind[] {
  if (isTerminalStage(state.stage)) return [];
  return meetingKindsHeldIn(state.stage).filter(
    (kind) => !(kind === "network_meeting_1" && spokespersonMissing(state, rules)),
  );
}

/** Reasons a `close` event may give now. */
export function availableCloseReasons(state: CaseState): CloseEventReason[] {
  return CLOSE_REASONS.filter(
    (r): r is CloseEventReason =>
      r !== "authority_action" &&
      (state.stage === "evaluation" || !CLOSE_REASONS_AFTER_EVALUATION.includes(r)),
  );
}

/** null when the event type may be applied in this state (the payload is checked later). */
export function gate(
  state: CaseState,
  type: CaseEventType,
  rules: ProcessRules,
): TransitionError | null {
  const { stage } = state;
  if (isTerminalStage(stage)) return transitionError("terminal_stage");
  const refused = () => eventNotAllowed(type, state, rules);
  const only = (ok: boolean) => (ok ? null : refused());
  switch (type) {
    case "record_authority_action":
      return null;
    case "submit":
      return only(stage === "request");
    case "accept":
    case "decline":
      if (stage !== "assessment") return refused();
      return state.accepted ? transitionError("already_accepted") : null;
    case "appoint_coordinators":
    case "close":
      if (stage === "assessment")
        return state.accepted ? null : transitionError("assessment_pending");
      return only(isActiveStage(stage));
    case "appoint_spokesperson":
    case "appoint_contact_person":
      return only(isActiveStage(stage));
    case "record_first_contact":
      return only(stage === "coordinators_appointed");
    case "hold_meeting":
      if (availableMeetingKinds(state, rules).length > 0) return null;
      if (stage === "pre_meeting") return transitionError("spokesperson_required");
      return refused();
    case "agree_plan":
      if (stage !== "network_meeting_2") return refused();
      return rules.contactPersonBeforePlan && state.contactPerson === undefined
        ? transitionError("contact_person_required")
        : null;
    case "record_eht_review":
      return only(stage === "interventions" || stage === "evaluation");
    case "start_evaluation":
      return only(stage === "interventions");
    case "record_evaluation":
      if (stage !== "evaluation") return refused();
      return evaluationMeetingHeld(state) ? null : transitionError("evaluation_meeting_required");
    case "continue":
      return only(stage === "evaluation");
  }
}

/** The events the UI may offer now, with the meeting kinds and closing reasons that apply. */
export function allowedEvents(
  state: CaseState,
  processRules?: Partial<ProcessRules>,
): AllowedEvent[] {
  const rules = resolveProcessRules(processRules);
  const out: AllowedEvent[] = [];
  for (const type of CASE_EVENT_TYPES) {
    if (gate(state, type, rules) !== null) continue;
    if (type === "hold_meeting")
      out.push({ type, meetingKinds: availableMeetingKinds(state, rules) });
    else if (type === "close") out.push({ type, reasons: availableCloseReasons(state) });
    else out.push({ type });
  }
  return out;
}
