import type { CaseEventInput } from "@kring/contracts";
import { CASE_EVENT_LABELS, STEP_ACTOR_LABELS, type StepActor } from "@kring/domain/cases";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { AppError } from "../../platform/http/errors";
import { INTAKE_ROLES } from "./case-access";
import { type GuardedCase, isCoordinator, leadsFollowUp } from "./case-guard";

/**
 * Who may move a case which way. Intake decisions belong to the intake roles, the principal
 * appoints the contact person, the coordinators run the process, the contact person leads the
 * follow-up after network meeting 2 (evaluation and closure too, so the coordinators can step
 * back), and anyone who sees the case may record that authority action has started (a report of
 * concern cannot wait). Only social services (whose decision it is) or the case's coordinators
 * may let that action end the case.
 */
export function mayApplyEvent(
  actor: Actor,
  guarded: GuardedCase,
  type: CaseEventInput["type"] | "hold_meeting",
): boolean {
  const raised = guarded.basis === "raised" || guarded.row.raised_by_user_id === actor.userId;
  const intake =
    hasRole(actor, ...INTAKE_ROLES) && (guarded.basis === "intake" || guarded.basis === "network");
  const coordinator = isCoordinator(guarded);
  const followUp = leadsFollowUp(guarded);
  const allowed: Record<CaseEventInput["type"] | "hold_meeting", boolean> = {
    submit: raised,
    accept: intake,
    decline: intake,
    appoint_coordinators: intake,
    appoint_contact_person: hasRole(actor, "principal") || coordinator,
    record_eht_review: coordinator || guarded.myRoles.includes("contact_person"),
    record_authority_action: true,
    record_first_contact: coordinator,
    appoint_spokesperson: coordinator,
    // Agreeing a plan (and continuing with a revised one) happens when the family agrees a
    // version on the plan page (features/plans/plan-case.ts), never as a bare step.
    agree_plan: false,
    start_evaluation: followUp,
    record_evaluation: followUp,
    continue: false,
    close: followUp,
    // Meetings are held through the meeting pages (who runs which kind: mayRunMeeting).
    hold_meeting: followUp,
  };
  return allowed[type];
}

type EventType = CaseEventInput["type"] | "hold_meeting";

/** Who takes each step, for a refusal that says whose step it is (#17.6). */
const DOER: Record<EventType, StepActor | "coordinators_or_contact" | "anyone"> = {
  submit: "raiser",
  accept: "intake",
  decline: "intake",
  appoint_coordinators: "intake",
  appoint_contact_person: "principal",
  record_eht_review: "coordinators_or_contact",
  record_authority_action: "anyone",
  record_first_contact: "coordinators",
  appoint_spokesperson: "coordinators",
  agree_plan: "family",
  // After network meeting 2 the contact person leads the follow-up with them (ADR 0026).
  start_evaluation: "follow_up",
  record_evaluation: "follow_up",
  continue: "family",
  close: "follow_up",
  hold_meeting: "coordinators",
};

const DOER_LABELS = {
  ...STEP_ACTOR_LABELS,
  coordinators_or_contact: {
    sv: "ärendets koordinatorer eller kontaktpersonen",
    en: "the case's coordinators or the contact person",
  },
  anyone: { sv: "alla i nätverket", en: "anyone in the network" },
};

/** A 403 that says whose step it is instead of only "not allowed". */
export function notYourStep(type: EventType) {
  const step = CASE_EVENT_LABELS[type];
  const by = DOER_LABELS[DOER[type]];
  return new AppError(
    403,
    "forbidden",
    `"${step.sv}" görs av ${by.sv}; du kan inte göra det steget i det här ärendet.`,
    `"${step.en}" is done by ${by.en}; you cannot take that step in this case.`,
    { by: DOER[type] },
  );
}

export function requireEventAllowed(actor: Actor, guarded: GuardedCase, event: CaseEventInput) {
  const { type } = event;
  if (type === "agree_plan" || type === "continue")
    throw new AppError(
      422,
      "plan_agreement_required",
      "Handlingsplanen fastställs på plansidan: när vårdnadshavarna (och barnet) har godkänt en version går ärendet vidare.",
      "The plan is agreed on the plan page: once the guardians (and the child) have agreed a version, the case moves on.",
    );
  if (!mayApplyEvent(actor, guarded, type)) throw notYourStep(type);
  if (
    type === "record_authority_action" &&
    event.closesCase &&
    !hasRole(actor, "social_secretary") &&
    !isCoordinator(guarded)
  )
    throw new AppError(
      403,
      "authority_close_not_allowed",
      "Bara socialtjänsten eller ärendets koordinatorer kan avsluta ärendet med en myndighetsåtgärd. Registrera åtgärden utan att avsluta ärendet.",
      "Only social services or the case's coordinators can close the case with an authority action. Record the action without closing the case.",
    );
}
