// Shared test data: a child, the people around it, and a walk through the case process.
import type { ProfessionalRole, UnitKind } from "../../src/organisation";
import {
  createCase,
  transition,
  type CaseEvent,
  type CaseState,
  type ChildRelations,
  type PersonFacts,
  type TransitionContext,
} from "../../src/cases";

export const TODAY = "2026-03-10";
export const REQUESTED = "2026-03-02";

export function professional(
  personId: string,
  ...memberships: [unitId: string, unitKind: UnitKind, role: ProfessionalRole, eht?: boolean][]
): PersonFacts {
  return {
    personId,
    kind: "professional",
    memberships: memberships.map(([unitId, unitKind, role, eht]) =>
      eht === undefined
        ? { unitId, unitKind, role }
        : { unitId, unitKind, role, studentHealthTeam: eht },
    ),
  };
}

export function privatePerson(personId: string): PersonFacts {
  return { personId, kind: "private", memberships: [] };
}

/** The child attends u-school and is served by u-soc; soc-child is its social secretary. */
export const child: ChildRelations = {
  socialSecretaryIds: ["soc-child"],
  mentorIds: ["mentor"],
  currentUnitIds: ["u-school", "u-soc"],
};

export const people: Record<string, PersonFacts> = {
  lead: professional("lead", ["u-central-eht", "student_health", "school_counsellor"]),
  doc: professional("doc", ["u-soc-north", "social_services", "social_secretary"]),
  nurse: professional("nurse", ["u-school", "school", "school_nurse"]),
  principal: professional("principal", ["u-school", "school", "principal"]),
  mentor: professional("mentor", ["u-other-school", "school", "teacher_mentor"]),
  "soc-child": professional("soc-child", ["u-soc-south", "social_services", "social_secretary"]),
  aunt: privatePerson("aunt"),
};

export const ctx: TransitionContext = { today: TODAY, child, people };

export const REFLECTION = { whatWorked: "Tät kontakt", whatGotInTheWay: "Långa väntetider" };

export const EVALUATION = {
  goals: "met" as const,
  familyView: "Det går bättre hemma.",
  childView: "Jag trivs i skolan nu.",
};

/** The test case closes within HUB's two years and starts its evaluation early. */
export const EARLY = "Familjen och nätverket är överens om att stödet kan avslutas.";

/** The happy path, one event per step; `walk(n)` applies the first n events. */
export const HAPPY_PATH: CaseEvent[] = [
  { type: "submit" },
  { type: "accept" },
  { type: "appoint_coordinators", leadId: "lead", documentingId: "doc" },
  { type: "record_first_contact" },
  { type: "appoint_spokesperson", personId: "aunt" },
  { type: "hold_meeting", kind: "pre_meeting" },
  { type: "hold_meeting", kind: "network_meeting_1" },
  { type: "appoint_contact_person", personId: "nurse", appointedById: "principal" },
  { type: "hold_meeting", kind: "network_meeting_2" },
  { type: "agree_plan" },
  { type: "start_evaluation", earlyReason: EARLY },
  { type: "hold_meeting", kind: "evaluation" },
  { type: "record_evaluation", evaluation: EVALUATION },
  { type: "close", reason: "goals_met", reflection: REFLECTION, earlyReason: EARLY },
];

export function must(
  state: CaseState,
  event: CaseEvent,
  context: TransitionContext = ctx,
): CaseState {
  const r = transition(state, event, context);
  if (!r.ok) throw new Error(`${event.type} refused: ${r.error.code}`);
  return r.state;
}

/** The reason a step is turned down; fails the test if it is taken. */
export function refuse(state: CaseState, event: unknown, context: TransitionContext = ctx) {
  const r = transition(state, event as CaseEvent, context);
  if (r.ok) throw new Error(`expected a refusal, got stage ${r.state.stage}`);
  return r.error;
}

export function apply(events: readonly CaseEvent[], acute = false): CaseState {
  return events.reduce((s, e) => must(s, e), createCase({ requestedOn: REQUESTED, acute }));
}

/** States by name, for the allowed/refused matrix. */
export function namedStates(): Record<string, CaseState> {
  const upTo = (n: number) => apply(HAPPY_PATH.slice(0, n));
  return {
    request: upTo(0),
    assessment_pending: upTo(1),
    assessment_accepted: upTo(2),
    coordinators_appointed: upTo(3),
    first_contact: upTo(5),
    pre_meeting: upTo(6),
    network_meeting_1: upTo(8),
    network_meeting_2: upTo(9),
    interventions: upTo(10),
    evaluation: upTo(11),
    closed: upTo(14),
    declined: apply([
      { type: "submit" },
      { type: "decline", otherAction: "Utredning", reason: "Myndighetsutövning" },
    ]),
  };
}
