import { describe, expect, it } from "vitest";
import { timelineSummary } from "../../src/cases/timeline";

describe("timeline summaries", () => {
  it("say what happened in the past tense, also for entries stored as commands", () => {
    expect(timelineSummary("submit", "Skicka till bedömning")).toEqual({
      sv: "Skickad till bedömning",
      en: "Sent for assessment",
    });
    expect(timelineSummary("submit", "Skickad till bedömning").sv).toBe("Skickad till bedömning");
  });

  it("translate closing reasons and fixed texts, and keep what someone wrote as written", () => {
    expect(timelineSummary("close", "Avsluta ärendet: Målen uppnådda")).toEqual({
      sv: "Ärendet avslutat: Målen uppnådda",
      en: "Case closed: Goals met",
    });
    expect(timelineSummary("decline", "Ej samverkansärende: Stöd i skolan")).toEqual({
      sv: "Bedömd som ej samverkansärende: Stöd i skolan",
      en: "Assessed as not a collaboration case: Stöd i skolan",
    });
    expect(timelineSummary("hold_meeting", "Förmöte hållet").en).toBe("Pre-meeting held");
    expect(timelineSummary("meeting_planned", "Nätverksmöte 1 planerat").en).toBe(
      "Network meeting 1 planned",
    );
    expect(timelineSummary("registered", "Förfrågan registrerad").en).toBe("Request registered");
    expect(timelineSummary("plan_revised", "Plan version 2 godkänd").en).toBe(
      "Plan version 2 agreed",
    );
    expect(timelineSummary("something_new", "Något nytt").en).toBeNull();
  });

  it("has English for every summary the services write (handovers, corrections, reopening)", () => {
    expect(timelineSummary("plan_handover_proposed", "Överlämning föreslagen: Flytt").en).toBe(
      "Handover proposed: Move",
    );
    expect(timelineSummary("plan_handover_accepted", "Planen mottagen av ny enhet").en).toBe(
      "Plan received by the new unit",
    );
    expect(timelineSummary("plan_handover_declined", "Överlämning avböjd").en).toBe(
      "Handover declined",
    );
    expect(timelineSummary("plan_handover_withdrawn", "Överlämning återtagen").en).toBe(
      "Handover withdrawn",
    );
    expect(timelineSummary("minutes_corrected", "Protokoll rättat").en).toBe("Minutes corrected");
    expect(timelineSummary("reopen", "Ärendet öppnat igen: Ny oro från skolan").en).toBe(
      "Case reopened: Ny oro från skolan",
    );
    expect(
      timelineSummary("coordinator_replaced", "Koordinator 1 bytt: Fel person utsedd").en,
    ).toBe("Coordinator 1 replaced: Fel person utsedd");
    expect(timelineSummary("contact_person_replaced", "Kontaktperson bytt: Slutar").en).toBe(
      "Contact person replaced: Slutar",
    );
    expect(timelineSummary("guardian_added", "Vårdnadshavare tillagd").en).toBe("Guardian added");
  });
});
