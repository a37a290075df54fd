import { describe, expect, it } from "vitest";
import {
  CASE_EVENT_TYPES,
  DEFAULT_PROCESS_RULES,
  MEETING_KINDS,
  type CaseState,
  gate,
  nextStep,
  openDuties,
} from "../../src/cases";
import { apply, must, namedStates, refuse } from "./fixtures";

// Issue 17.6: a refused step names what is missing and who does it, and the appointments a
// later step needs are duties of the people who make them as soon as they are due.
const S = namedStates();
const rules = DEFAULT_PROCESS_RULES;

/** Network meeting 1 held, no contact person yet (the walk the issue describes). */
function withoutContactPerson(): CaseState {
  return must(S.network_meeting_1!, { type: "hold_meeting", kind: "network_meeting_2" });
}
const nm1WithoutContact = (): CaseState => ({ ...S.network_meeting_1!, contactPerson: undefined });

describe("gates name what is missing and who does it", () => {
  it("every gate refusal either names the missing step and its doer, or says the step is behind", () => {
    for (const [name, state] of Object.entries(S)) {
      if (name === "closed" || name === "declined") continue;
      for (const type of CASE_EVENT_TYPES) {
        const error = gate(state, type, rules);
        if (!error) continue;
        const what = `${type} at ${name}`;
        if (error.missing) {
          expect(error.messageSv, what).toMatch(/ – det gör .+/);
          expect(error.messageEn, what).toMatch(
            / – (done by|that is done by) .+|the case's coordinators start it/,
          );
        } else {
          expect(error.messageSv, what).toMatch(/hör till ett tidigare steg|redan bedömd/);
        }
      }
    }
  });

  it('"Fastställ handlingsplan" after network meeting 1 says network meeting 2 comes first, held by the coordinators', () => {
    const e = refuse(nm1WithoutContact(), { type: "agree_plan" });
    expect(e.code).toBe("event_not_allowed");
    expect(e.messageSv).toBe(
      '"Fastställ handlingsplan" går inte ännu i steget "Nätverksmöte 1 hållet". Först behöver nätverksmöte 2 hållas – det gör ärendets koordinatorer.',
    );
    expect(e.messageEn).toBe(
      '"Agree action plan" is not possible yet at the step "Network meeting 1 held". First, network meeting 2 must be held – done by the case\'s coordinators.',
    );
    expect(e.missing).toEqual({ step: "hold_network_meeting_2", by: "coordinators" });
  });

  it("the plan without a contact person names the principal, who appoints on the case page", () => {
    const state = must(nm1WithoutContact(), { type: "hold_meeting", kind: "network_meeting_2" });
    const e = refuse(state, { type: "agree_plan" });
    expect(e.code).toBe("contact_person_required");
    expect(e.messageSv).toContain("det gör rektorn i nätverket");
    expect(e.messageSv).toContain('"Utse kontaktperson" på ärendesidan');
    expect(e.messageEn).toContain("the principal in the network");
    expect(e.missing).toEqual({ step: "appoint_contact_person", by: "principal" });
    expect(nextStep(state, rules)).toBe("appoint_contact_person");
  });

  it("a meeting held too early names the one before it; one already past says so", () => {
    const early = refuse(S.first_contact!, { type: "hold_meeting", kind: "network_meeting_2" });
    expect(early.code).toBe("meeting_not_allowed");
    expect(early.messageSv).toBe(
      '"Nätverksmöte 2" går inte ännu i steget "Familjen kontaktad". Först behöver förmötet hållas – det gör ärendets koordinatorer.',
    );
    const late = refuse(S.interventions!, { type: "hold_meeting", kind: "pre_meeting" });
    expect(late.messageSv).toBe(
      '"Förmöte" hör till ett tidigare steg: ärendet står redan i steget "Insatser pågår (uppföljning)".',
    );
    for (const kind of MEETING_KINDS) {
      const r = refuse(S.request!, { type: "hold_meeting", kind });
      expect(r.messageSv).toContain("det gör den som registrerade förfrågan");
    }
  });

  it("network meeting 1 without a spokesperson names the coordinators", () => {
    const state: CaseState = { ...S.pre_meeting!, spokespersonId: undefined };
    const e = refuse(state, { type: "hold_meeting", kind: "network_meeting_1" });
    expect(e.code).toBe("spokesperson_required");
    expect(e.missing).toEqual({ step: "appoint_spokesperson", by: "coordinators" });
    expect(e.messageSv).toContain("det gör ärendets koordinatorer");
  });

  it("intake steps name the intake roles", () => {
    const e = refuse(S.assessment_pending!, {
      type: "appoint_coordinators",
      leadId: "lead",
      documentingId: "doc",
    });
    expect(e.missing).toEqual({ step: "assess", by: "intake" });
    expect(e.messageSv).toContain("central samordnare eller socialsekreterare");
    const close = refuse(S.request!, { type: "start_evaluation" });
    expect(close.messageSv).toContain(
      "Först behöver förfrågan skickas till bedömning – det gör den som registrerade förfrågan.",
    );
  });
});

describe("open duties", () => {
  it("asks for the contact person once network meeting 1 is held, until one is appointed", () => {
    expect(openDuties(nm1WithoutContact(), rules)).toEqual(["appoint_contact_person"]);
    expect(openDuties(withoutContactPerson(), rules)).toEqual([]);
    expect(
      openDuties(
        must(nm1WithoutContact(), { type: "hold_meeting", kind: "network_meeting_2" }),
        rules,
      ),
    ).toEqual(["appoint_contact_person"]);
    expect(openDuties(S.pre_meeting!, rules)).toEqual([]);
    expect(openDuties(nm1WithoutContact(), { ...rules, contactPersonBeforePlan: false })).toEqual(
      [],
    );
  });

  it("asks the coordinators for the spokesperson from the first contact to network meeting 1", () => {
    const contacted = apply([
      { type: "submit" },
      { type: "accept" },
      { type: "appoint_coordinators", leadId: "lead", documentingId: "doc" },
      { type: "record_first_contact" },
    ]);
    expect(openDuties(contacted, rules)).toEqual(["appoint_spokesperson"]);
    expect(openDuties(S.pre_meeting!, rules)).toEqual([]);
  });
});
