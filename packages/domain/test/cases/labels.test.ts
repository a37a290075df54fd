import { describe, expect, it } from "vitest";
import {
  AGENDA_TEMPLATES,
  AUTHORITY_ACTION_LABELS,
  CASE_EVENT_LABELS,
  CASE_EVENT_TYPES,
  CASE_ROLES,
  CASE_ROLE_LABELS,
  CASE_STAGES,
  CLOSE_REASON_LABELS,
  DEADLINE_LABELS,
  ELIGIBILITY_MESSAGES,
  MEETING_KINDS,
  MEETING_KIND_LABELS,
  MEETING_RULES,
  STAGE_LABELS,
  meetingKindsHeldIn,
} from "../../src/cases";

const maps = {
  STAGE_LABELS,
  MEETING_KIND_LABELS,
  CASE_ROLE_LABELS,
  CASE_EVENT_LABELS,
  CLOSE_REASON_LABELS,
  AUTHORITY_ACTION_LABELS,
  DEADLINE_LABELS,
  ELIGIBILITY_MESSAGES,
};

describe("labels", () => {
  it("cover every code with non-blank, different-language text", () => {
    for (const [name, map] of Object.entries(maps)) {
      for (const [code, label] of Object.entries(map)) {
        expect(label.sv.trim(), `${name}.${code}.sv`).not.toBe("");
        expect(label.en.trim(), `${name}.${code}.en`).not.toBe("");
        expect(label.sv, `${name}.${code}`).not.toBe(label.en);
      }
    }
    expect(Object.keys(STAGE_LABELS)).toEqual([...CASE_STAGES]);
    expect(Object.keys(MEETING_KIND_LABELS)).toEqual([...MEETING_KINDS]);
    expect(Object.keys(CASE_ROLE_LABELS)).toEqual([...CASE_ROLES]);
    expect(Object.keys(CASE_EVENT_LABELS).sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(CASE_ROLE_LABELS.spokesperson.sv).toBe("Barnets språkrör");
  });
});

describe("meetings", () => {
  it("each kind has a Swedish agenda with unique keys", () => {
    for (const kind of MEETING_KINDS) {
      const items = AGENDA_TEMPLATES[kind];
      expect(items.length).toBeGreaterThan(2);
      expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
      for (const i of items) expect(i.sv && i.en).toBeTruthy();
    }
  });

  it("agendas follow the Västbas meeting structure", () => {
    expect(AGENDA_TEMPLATES.pre_meeting.map((i) => i.key)).toEqual([
      "problem_analysis",
      "purpose",
      "network_map",
      "spokesperson",
      "guest_list",
    ]);
    expect(AGENDA_TEMPLATES.network_meeting_1.map((i) => i.sv)).toEqual([
      "Gemensam behovsanalys",
      "Språkröret presenteras",
      "Hemläxa: vad kan jag bidra med?",
    ]);
    expect(AGENDA_TEMPLATES.network_meeting_2.map((i) => i.key)).toEqual(
      expect.arrayContaining(["action_plan", "goals", "actions", "responsibilities"]),
    );
  });

  it("process meetings move the case one step; the others are held in place", () => {
    expect(meetingKindsHeldIn("first_contact")).toEqual(["pre_meeting"]);
    expect(meetingKindsHeldIn("interventions")).toEqual(["follow_up"]);
    expect(meetingKindsHeldIn("evaluation")).toEqual(["evaluation", "closing"]);
    expect(meetingKindsHeldIn("request")).toEqual([]);
    expect(MEETING_RULES.network_meeting_2.leadsTo).toBe("network_meeting_2");
  });
});
