// Every event type in every state: allowed exactly where the process says, refused elsewhere.
import { describe, expect, it } from "vitest";
import {
  CASE_EVENT_TYPES,
  allowedEvents,
  transition,
  type CaseEvent,
  type CaseEventType,
} from "../../src/cases";
import { EARLY, EVALUATION, REFLECTION, ctx, namedStates } from "./fixtures";

const APPOINT = ["appoint_coordinators", "appoint_spokesperson", "appoint_contact_person"] as const;
const AUTH = "record_authority_action";

// Written out by hand from the Västbas process, not derived from the implementation.
const EXPECTED: Record<string, readonly CaseEventType[]> = {
  request: ["submit", AUTH],
  assessment_pending: ["accept", "decline", AUTH],
  assessment_accepted: ["appoint_coordinators", "close", AUTH],
  coordinators_appointed: [...APPOINT, "record_first_contact", "close", AUTH],
  first_contact: [...APPOINT, "hold_meeting", "close", AUTH],
  pre_meeting: [...APPOINT, "hold_meeting", "close", AUTH],
  network_meeting_1: [...APPOINT, "hold_meeting", "close", AUTH],
  network_meeting_2: [...APPOINT, "agree_plan", "close", AUTH],
  interventions: [
    ...APPOINT,
    "hold_meeting",
    "record_eht_review",
    "start_evaluation",
    "close",
    AUTH,
  ],
  evaluation: [...APPOINT, "hold_meeting", "record_eht_review", "continue", "close", AUTH],
  declined: [],
  closed: [],
};

const MEETING_FOR: Record<string, CaseEvent & { type: "hold_meeting" }> = {
  first_contact: { type: "hold_meeting", kind: "pre_meeting" },
  pre_meeting: { type: "hold_meeting", kind: "network_meeting_1" },
  network_meeting_1: { type: "hold_meeting", kind: "network_meeting_2" },
  interventions: { type: "hold_meeting", kind: "follow_up" },
  evaluation: { type: "hold_meeting", kind: "evaluation" },
};

function sample(type: CaseEventType, name: string): CaseEvent {
  switch (type) {
    case "submit":
    case "accept":
      return { type };
    case "start_evaluation":
      return { type, earlyReason: EARLY };
    case "record_evaluation":
      return { type, evaluation: EVALUATION };
    case "decline":
      return { type, otherAction: "Remiss till BUP", reason: "Ett enskilt ärende" };
    case "appoint_coordinators":
      return { type, leadId: "lead", documentingId: "doc" };
    case "appoint_spokesperson":
      return { type, personId: "aunt" };
    case "appoint_contact_person":
      return { type, personId: "nurse", appointedById: "principal" };
    case "record_first_contact":
    case "agree_plan":
    case "record_eht_review":
      return { type };
    case "hold_meeting":
      return MEETING_FOR[name] ?? { type, kind: "follow_up" };
    case "continue":
      return { type, revisedPlan: true };
    case "close":
      return { type, reason: "family_declined", reflection: REFLECTION, evaluation: EVALUATION };
    case "record_authority_action":
      return { type, kind: "report_of_concern", note: "Orosanmälan gjord", closesCase: false };
  }
}

const states = namedStates();

describe("transition matrix", () => {
  for (const [name, state] of Object.entries(states)) {
    const expected = EXPECTED[name] ?? [];
    it(`${name}: allowedEvents lists exactly the expected events`, () => {
      expect(
        allowedEvents(state)
          .map((e) => e.type)
          .sort(),
      ).toEqual([...expected].sort());
    });
    for (const type of CASE_EVENT_TYPES) {
      const allowed = expected.includes(type);
      it(`${name}: ${type} is ${allowed ? "applied" : "refused"}`, () => {
        const before = structuredClone(state);
        const r = transition(state, sample(type, name), ctx);
        expect(r.ok).toBe(allowed);
        expect(state).toEqual(before); // the input state is never changed
        if (!r.ok) {
          const terminal = name === "closed" || name === "declined";
          if (terminal) expect(r.error.code).toBe("terminal_stage");
          expect(r.error.messageEn.length).toBeGreaterThan(0);
          expect(r.error.messageSv.length).toBeGreaterThan(0);
        }
      });
    }
  }
});
