// Properties of the state machine over arbitrary event sequences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AUTHORITY_ACTION_KINDS,
  CLOSE_REASONS,
  MEETING_KINDS,
  allowedEvents,
  createCase,
  isTerminalStage,
  transition,
  type AllowedEvent,
  type CaseEvent,
  type CaseState,
} from "../../src/cases";
import { EARLY, EVALUATION, REFLECTION, REQUESTED, TODAY, ctx } from "./fixtures";

const ids = fc.constantFrom(
  "lead",
  "doc",
  "nurse",
  "principal",
  "mentor",
  "soc-child",
  "aunt",
  "ghost",
  "",
);
const text = fc.constantFrom("", " ", "Anteckning", "Remiss till BUP");
const date = fc.option(
  fc.constantFrom("2026-03-01", REQUESTED, "2026-03-05", TODAY, "2026-03-11", "bad"),
  {
    nil: undefined,
  },
);
const reflection = fc.constantFrom(REFLECTION, { whatWorked: "", whatGotInTheWay: "x" }, undefined);

/** Any event, valid or not, as an API might send it. */
const anyEvent: fc.Arbitrary<CaseEvent> = fc.oneof(
  fc.constantFrom<CaseEvent>({ type: "submit" }, { type: "accept" }, { type: "start_evaluation" }),
  fc.record({ type: fc.constant("decline" as const), otherAction: text, reason: text }),
  fc.record({
    type: fc.constant("appoint_coordinators" as const),
    leadId: ids,
    documentingId: ids,
  }),
  fc.record({ type: fc.constant("appoint_spokesperson" as const), personId: ids }),
  fc.record({
    type: fc.constant("appoint_contact_person" as const),
    personId: ids,
    appointedById: ids,
  }),
  fc.record({ type: fc.constant("record_first_contact" as const), on: date }),
  fc.record({
    type: fc.constant("hold_meeting" as const),
    kind: fc.constantFrom(...MEETING_KINDS),
    on: date,
  }),
  fc.record({ type: fc.constant("agree_plan" as const), on: date }),
  fc.record({ type: fc.constant("record_eht_review" as const), on: date }),
  fc.record({
    type: fc.constant("continue" as const),
    revisedPlan: fc.boolean(),
  }) as fc.Arbitrary<CaseEvent>,
  fc.record({
    type: fc.constant("close" as const),
    reason: fc.constantFrom(...CLOSE_REASONS),
    note: fc.option(text, { nil: undefined }),
    reflection,
  }) as fc.Arbitrary<CaseEvent>,
  fc.record({
    type: fc.constant("record_authority_action" as const),
    kind: fc.constantFrom(...AUTHORITY_ACTION_KINDS),
    note: text,
    closesCase: fc.boolean(),
  }),
);

/** A valid payload for an allowed event, chosen by `pick`. */
function validEvent(a: AllowedEvent, pick: number): CaseEvent {
  switch (a.type) {
    case "hold_meeting":
      return { type: a.type, kind: a.meetingKinds[pick % a.meetingKinds.length]! };
    case "close":
      return {
        type: a.type,
        reason: a.reasons[pick % a.reasons.length]!,
        note: "n",
        reflection: REFLECTION,
        evaluation: EVALUATION,
        earlyReason: EARLY,
      };
    case "start_evaluation":
      return { type: a.type, earlyReason: EARLY };
    case "record_evaluation":
      return { type: a.type, evaluation: EVALUATION };
    case "decline":
      return { type: a.type, otherAction: "Utredning", reason: "Myndighetsutövning" };
    case "appoint_coordinators":
      return { type: a.type, leadId: "lead", documentingId: "doc" };
    case "appoint_spokesperson":
      return { type: a.type, personId: "aunt" };
    case "appoint_contact_person":
      return { type: a.type, personId: "nurse", appointedById: "principal" };
    case "continue":
      return { type: a.type, revisedPlan: true };
    case "record_authority_action":
      return { type: a.type, kind: "investigation", note: "Utredning", closesCase: pick % 7 === 0 };
    default:
      return { type: a.type };
  }
}

/** Steps: either a random event or "take allowed event number n", so runs reach every stage. */
const step = fc.oneof(
  { weight: 1, arbitrary: anyEvent.map((event) => ({ event })) },
  { weight: 3, arbitrary: fc.nat({ max: 50 }).map((pick) => ({ pick })) },
);

function resolve(state: CaseState, s: { event: CaseEvent } | { pick: number }): CaseEvent {
  if ("event" in s) return s.event;
  const allowed = allowedEvents(state);
  return allowed.length === 0
    ? { type: "submit" }
    : validEvent(allowed[s.pick % allowed.length]!, s.pick);
}

function run(steps: readonly ({ event: CaseEvent } | { pick: number })[]): CaseState[] {
  const states = [createCase({ requestedOn: REQUESTED, acute: false })];
  for (const s of steps) {
    const current = states[states.length - 1]!;
    const r = transition(current, resolve(current, s), ctx);
    states.push(r.ok ? r.state : current);
  }
  return states;
}

const sequences = fc.array(step, { minLength: 1, maxLength: 40 });

describe("state machine properties", () => {
  it("the generator reaches both terminal stages (so the next property is not vacuous)", () => {
    const finals = fc
      .sample(sequences, { numRuns: 300, seed: 42 })
      .map((s) => run(s).at(-1)!.stage);
    expect(finals.filter((s) => s === "closed").length).toBeGreaterThan(20);
    expect(finals.filter((s) => s === "declined").length).toBeGreaterThan(5);
  });

  it("no event sequence leaves a terminal stage", () => {
    fc.assert(
      fc.property(sequences, fc.array(anyEvent, { maxLength: 10 }), (steps, more) => {
        const states = run(steps);
        const first = states.findIndex((s) => isTerminalStage(s.stage));
        if (first >= 0) expect(states.slice(first).every((s) => s === states[first])).toBe(true);
        const last = states.at(-1)!;
        if (!isTerminalStage(last.stage)) return;
        expect(allowedEvents(last)).toEqual([]);
        for (const e of [...more, ...steps.map((s) => resolve(last, s))]) {
          const r = transition(last, e, ctx);
          expect(r.ok).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a transition succeeds only for an event (and meeting kind / reason) allowedEvents offers", () => {
    fc.assert(
      fc.property(sequences, anyEvent, (steps, event) => {
        const state = run(steps).at(-1)!;
        const frozen = structuredClone(state);
        const r = transition(state, event, ctx);
        expect(state).toEqual(frozen);
        if (!r.ok) return;
        const offered = allowedEvents(state).find((a) => a.type === event.type);
        expect(offered).toBeDefined();
        if (offered?.type === "hold_meeting" && event.type === "hold_meeting") {
          expect(offered.meetingKinds).toContain(event.kind);
        }
        if (offered?.type === "close" && event.type === "close")
          expect(offered.reasons).toContain(event.reason);
      }),
      { numRuns: 300 },
    );
  });

  it("every offered event has a payload that is accepted", () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (steps, pick) => {
        const state = run(steps).at(-1)!;
        for (const a of allowedEvents(state))
          expect(transition(state, validEvent(a, pick), ctx).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("invariants hold in every reachable state", () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        for (const s of run(steps)) {
          expect(s.closure !== undefined).toBe(s.stage === "closed");
          expect(s.declined !== undefined).toBe(s.stage === "declined");
          expect(s.planVersion >= 1).toBe(s.planAgreedOn !== undefined);
          if (s.coordinators) expect(s.coordinators.leadId).not.toBe(s.coordinators.documentingId);
          if (s.closure?.reason === "goals_met") expect(s.lastEvaluationOn).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
