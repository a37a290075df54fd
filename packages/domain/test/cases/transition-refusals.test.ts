import { describe, expect, it } from "vitest";
import { allowedEvents } from "../../src/cases";
import {
  EARLY,
  EVALUATION,
  HAPPY_PATH,
  REFLECTION,
  apply,
  ctx,
  must,
  namedStates,
  refuse,
} from "./fixtures";

// Refusals: every step the state machine turns down, and the reason it gives.
const S = namedStates();

describe("refusals", () => {
  it("terminal stages refuse everything", () => {
    expect(refuse(S.closed!, { type: "submit" }).code).toBe("terminal_stage");
    expect(
      refuse(S.declined!, {
        type: "record_authority_action",
        kind: "other",
        note: "x",
        closesCase: true,
      }).code,
    ).toBe("terminal_stage");
  });

  it("events out of order name the event and the step", () => {
    const e = refuse(S.request!, { type: "agree_plan" });
    expect(e.code).toBe("event_not_allowed");
    expect(e.messageEn).toContain("Agree action plan");
    expect(e.messageSv).toContain("Förfrågan registrerad");
  });

  it("malformed input", () => {
    expect(refuse(S.request!, { type: "teleport" }).code).toBe("unknown_event");
    expect(refuse(S.request!, null).code).toBe("unknown_event");
    expect(refuse(S.request!, { type: "submit" }, { today: "2026-02-30" }).code).toBe(
      "invalid_date",
    );
  });

  it("intake order: accept once, appoint and close only after accept", () => {
    expect(refuse(S.assessment_accepted!, { type: "accept" }).code).toBe("already_accepted");
    expect(
      refuse(S.assessment_accepted!, { type: "decline", otherAction: "a", reason: "b" }).code,
    ).toBe("already_accepted");
    expect(
      refuse(S.assessment_pending!, {
        type: "appoint_coordinators",
        leadId: "lead",
        documentingId: "doc",
      }).code,
    ).toBe("assessment_pending");
    expect(
      refuse(S.assessment_pending!, {
        type: "close",
        reason: "other",
        note: "x",
        reflection: REFLECTION,
      }).code,
    ).toBe("assessment_pending");
  });

  it("decline needs the other action and the reason", () => {
    expect(
      refuse(S.assessment_pending!, { type: "decline", otherAction: " ", reason: "b" }).code,
    ).toBe("other_action_required");
    expect(
      refuse(S.assessment_pending!, { type: "decline", otherAction: "a", reason: "" }).code,
    ).toBe("reason_required");
  });

  it("network meeting 1 needs a spokesperson unless the tenant switches the rule off", () => {
    const noSpokesperson = apply([
      ...HAPPY_PATH.slice(0, 4),
      { type: "hold_meeting", kind: "pre_meeting" },
    ]);
    expect(refuse(noSpokesperson, { type: "hold_meeting", kind: "network_meeting_1" }).code).toBe(
      "spokesperson_required",
    );
    expect(allowedEvents(noSpokesperson).some((a) => a.type === "hold_meeting")).toBe(false);
    const relaxed = { ...ctx, processRules: { spokespersonBeforeNetworkMeeting1: false } };
    expect(
      must(noSpokesperson, { type: "hold_meeting", kind: "network_meeting_1" }, relaxed).stage,
    ).toBe("network_meeting_1");
  });

  it("the plan needs a contact person unless the tenant switches the rule off", () => {
    const path = HAPPY_PATH.filter((e) => e.type !== "appoint_contact_person").slice(0, 8);
    const s = apply(path);
    expect(s.stage).toBe("network_meeting_2");
    expect(refuse(s, { type: "agree_plan" }).code).toBe("contact_person_required");
    const relaxed = { ...ctx, processRules: { contactPersonBeforePlan: false } };
    expect(must(s, { type: "agree_plan" }, relaxed).stage).toBe("interventions");
  });

  it("a meeting of the wrong kind for the step", () => {
    expect(refuse(S.first_contact!, { type: "hold_meeting", kind: "network_meeting_2" }).code).toBe(
      "meeting_not_allowed",
    );
    expect(refuse(S.interventions!, { type: "hold_meeting", kind: "closing" }).code).toBe(
      "meeting_not_allowed",
    );
    expect(refuse(S.interventions!, { type: "hold_meeting", kind: "party" }).code).toBe(
      "meeting_not_allowed",
    );
  });

  it("dates: valid, not in the future, not before the request or the plan", () => {
    const s = S.coordinators_appointed!;
    expect(refuse(s, { type: "record_first_contact", on: "2026-3-05" }).code).toBe("invalid_date");
    expect(refuse(s, { type: "record_first_contact", on: "2026-03-11" }).code).toBe(
      "date_in_future",
    );
    expect(refuse(s, { type: "record_first_contact", on: "2026-03-01" }).code).toBe(
      "date_before_request",
    );
    const p = must(S.network_meeting_2!, { type: "agree_plan", on: "2026-03-08" });
    expect(refuse(p, { type: "record_eht_review", on: "2026-03-07" }).code).toBe(
      "date_before_plan",
    );
    expect(must(p, { type: "record_eht_review", on: "2026-03-08" }).ehtReviewedOn).toBe(
      "2026-03-08",
    );
  });

  it("close: known reason, goals met only after evaluation, note for other, reflection always", () => {
    const close = (reason: string, extra: object = {}) => ({
      type: "close",
      reason,
      reflection: REFLECTION,
      ...extra,
    });
    expect(refuse(S.evaluation!, close("bored")).code).toBe("invalid_close_reason");
    expect(refuse(S.evaluation!, close("authority_action")).code).toBe("invalid_close_reason");
    expect(refuse(S.interventions!, close("goals_met")).code).toBe("evaluation_required");
    expect(refuse(S.evaluation!, close("other")).code).toBe("note_required");
    const given = { evaluation: EVALUATION, earlyReason: EARLY };
    expect(
      refuse(
        S.evaluation!,
        close("family_declined", {
          ...given,
          reflection: { whatWorked: "x", whatGotInTheWay: " " },
        }),
      ).code,
    ).toBe("reflection_required");
    expect(
      refuse(S.evaluation!, close("family_declined", { ...given, reflection: undefined })).code,
    ).toBe("reflection_required");
  });

  it("continue needs a revised plan", () => {
    expect(refuse(S.evaluation!, { type: "continue", revisedPlan: false }).code).toBe(
      "revised_plan_required",
    );
  });

  it("authority action needs a known kind and a note; a given reflection must be complete", () => {
    expect(
      refuse(S.request!, {
        type: "record_authority_action",
        kind: "arrest",
        note: "x",
        closesCase: false,
      }).code,
    ).toBe("invalid_authority_kind");
    expect(
      refuse(S.request!, {
        type: "record_authority_action",
        kind: "other",
        note: "  ",
        closesCase: false,
      }).code,
    ).toBe("note_required");
    expect(
      refuse(S.request!, {
        type: "record_authority_action",
        kind: "other",
        note: "x",
        closesCase: true,
        reflection: { whatWorked: "" },
      }).code,
    ).toBe("reflection_required");
  });
});
