import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../../src/cases";
import {
  DEFAULT_INSTRUMENT_SCHEDULE,
  ageOn,
  scheduleMeasurements,
  sdqVersionFor,
  sessionVersionFor,
  type DueMeasurement,
  type InstrumentScheduleFacts,
  type ScheduleMeasurement,
} from "../../src/instruments";

const R = DEFAULT_INSTRUMENT_SCHEDULE;
const parentOnly = { ...R, sdqInformants: ["parent" as const], sessionInstruments: [] };
// A twelve-year-old (self-report from 11, CORS until 12) in a running case.
const facts = (over: Partial<InstrumentScheduleFacts> = {}): InstrumentScheduleFacts => ({
  stage: "pre_meeting",
  coordinated: true,
  requestedOn: "2026-01-05",
  childBirthDate: "2013-09-01",
  meetings: [],
  measurements: [],
  ...over,
});
const sdq = (
  informant: "parent" | "teacher" | "self",
  submittedOn?: string,
): ScheduleMeasurement => ({
  instrument: "sdq",
  informant,
  meetingId: null,
  status: submittedOn ? "submitted" : "sent",
  ...(submittedOn ? { submittedOn } : {}),
});
const pick = (list: DueMeasurement[], occasion: string, informant = "parent") =>
  list.find((m) => m.occasion === occasion && m.informant === informant);

describe("ages and form versions", () => {
  it("counts whole years, turning on the birthday", () => {
    expect(ageOn("2014-03-15", "2026-03-14")).toBe(11);
    expect(ageOn("2014-03-15", "2026-03-15")).toBe(12);
    expect(ageOn("2012-02-29", "2026-02-28")).toBe(13);
  });

  it("gives the 2-4 form to 2-3 year-olds, 4-17 from the fourth birthday, self-report 11-17", () => {
    const born = "2020-06-10";
    expect(sdqVersionFor("parent", born, "2022-06-09")).toBeNull();
    expect(sdqVersionFor("parent", born, "2022-06-10")).toBe("2-4");
    expect(sdqVersionFor("teacher", born, "2024-06-09")).toBe("2-4");
    expect(sdqVersionFor("teacher", born, "2024-06-10")).toBe("4-17");
    expect(sdqVersionFor("self", born, "2031-06-09")).toBeNull();
    expect(sdqVersionFor("self", born, "2031-06-10")).toBe("11-17");
    expect(sdqVersionFor("parent", born, "2038-06-10")).toBeNull();
  });

  it("gives CORS/CSRS to 6-12 year-olds, ORS/SRS from 13 and nothing under 6", () => {
    const born = "2014-01-01";
    expect(sessionVersionFor("ors", born, "2019-12-31")).toBeNull();
    expect(sessionVersionFor("ors", born, "2020-01-01")).toBe("CORS");
    expect(sessionVersionFor("srs", born, "2026-12-31")).toBe("CSRS");
    expect(sessionVersionFor("srs", born, "2027-01-01")).toBe("SRS");
    expect(sessionVersionFor("ors", born, "2027-01-01")).toBe("ORS");
  });
});

describe("SDQ before network meeting 1", () => {
  it("is due on the day of meeting 1 once it is planned, one per informant", () => {
    const f = facts({
      meetings: [{ id: "m1", kind: "network_meeting_1", on: "2026-02-10", status: "planned" }],
    });
    const list = scheduleMeasurements(f, { ...R, sessionInstruments: [] }, "2026-01-20");
    expect(list.map((m) => [m.informant, m.version, m.dueDate, m.status])).toEqual([
      ["parent", "4-17", "2026-02-10", "upcoming"],
      ["teacher", "4-17", "2026-02-10", "upcoming"],
      ["self", "11-17", "2026-02-10", "upcoming"],
    ]);
  });

  it("falls back to the request date plus the configured days while meeting 1 is not planned", () => {
    const list = scheduleMeasurements(facts(), parentOnly, "2026-01-19");
    expect(pick(list, "baseline")).toMatchObject({ dueDate: "2026-01-26", status: "due_soon" });
  });

  it("ignores a cancelled meeting 1", () => {
    const f = facts({
      meetings: [{ id: "m1", kind: "network_meeting_1", on: "2026-01-08", status: "cancelled" }],
    });
    expect(pick(scheduleMeasurements(f, parentOnly, "2026-01-10"), "baseline")?.dueDate).toBe(
      "2026-01-26",
    );
  });

  it("is due soon within the window, today included, and overdue the day after", () => {
    const status = (today: string) =>
      pick(scheduleMeasurements(facts(), parentOnly, today), "baseline")?.status;
    expect(status("2026-01-18")).toBe("upcoming");
    expect(status("2026-01-19")).toBe("due_soon");
    expect(status("2026-01-26")).toBe("due_soon");
    expect(status("2026-01-27")).toBe("overdue");
  });

  it("is done by the informant's first SDQ, even a late one, and not by another informant's", () => {
    const f = facts({ measurements: [sdq("teacher", "2026-01-10"), sdq("parent", "2026-02-01")] });
    const list = scheduleMeasurements(f, { ...R, sessionInstruments: [] }, "2026-02-02");
    expect(pick(list, "baseline")).toMatchObject({ status: "done", doneOn: "2026-02-01" });
    expect(pick(list, "baseline", "teacher")).toMatchObject({ doneOn: "2026-01-10" });
    expect(pick(list, "baseline", "self")).toMatchObject({ status: "overdue", requested: false });
  });

  it("marks the baseline missed when meeting 1 was held without it, not when it came in time", () => {
    const held = facts({
      meetings: [{ id: "m1", kind: "network_meeting_1", on: "2026-02-10", status: "held" }],
      measurements: [sdq("parent", "2026-02-10"), sdq("teacher", "2026-02-12")],
    });
    const list = scheduleMeasurements(held, { ...R, sessionInstruments: [] }, "2026-02-13");
    expect(pick(list, "baseline")?.missedMeeting1On).toBeUndefined();
    expect(pick(list, "baseline", "teacher")).toMatchObject({ missedMeeting1On: "2026-02-10" });
    expect(pick(list, "baseline", "self")).toMatchObject({ missedMeeting1On: "2026-02-10" });
    const planned = facts({
      meetings: [{ id: "m1", kind: "network_meeting_1", on: "2026-02-10", status: "planned" }],
    });
    const ahead = scheduleMeasurements(planned, { ...R, sessionInstruments: [] }, "2026-02-13");
    expect(ahead.some((m) => m.missedMeeting1On)).toBe(false);
  });

  it("says when a form is out with the respondent", () => {
    const list = scheduleMeasurements(
      facts({ measurements: [sdq("parent")] }),
      parentOnly,
      "2026-01-06",
    );
    expect(pick(list, "baseline")).toMatchObject({ status: "upcoming", requested: true });
  });

  it("leaves out informants without a form for the child's age", () => {
    const toddler = facts({ childBirthDate: "2023-05-01" });
    const list = scheduleMeasurements(toddler, R, "2026-01-06");
    expect(list.map((m) => `${m.informant}:${m.version}`)).toEqual(["parent:2-4", "teacher:2-4"]);
  });
});

describe("SDQ every six months", () => {
  it("is due six months after the informant's latest SDQ, clamped at month end", () => {
    const f = facts({
      stage: "interventions",
      measurements: [sdq("parent", "2026-01-20"), sdq("parent", "2026-08-31")],
    });
    expect(pick(scheduleMeasurements(f, parentOnly, "2026-09-01"), "periodic")).toMatchObject({
      dueDate: "2027-02-28",
      status: "upcoming",
    });
  });

  it("starts with the first SDQ and can be switched off", () => {
    expect(
      pick(scheduleMeasurements(facts(), parentOnly, "2026-01-06"), "periodic"),
    ).toBeUndefined();
    const f = facts({ measurements: [sdq("parent", "2026-01-20")] });
    const off = { ...parentOnly, sdqEveryMonths: null };
    expect(pick(scheduleMeasurements(f, off, "2026-01-21"), "periodic")).toBeUndefined();
  });

  it("is overdue when six months pass without a new SDQ", () => {
    const f = facts({ stage: "interventions", measurements: [sdq("parent", "2026-01-20")] });
    expect(pick(scheduleMeasurements(f, parentOnly, "2026-07-21"), "periodic")?.status).toBe(
      "overdue",
    );
  });
});

describe("SDQ at closure", () => {
  const closing = {
    id: "c",
    kind: "closing" as const,
    on: "2026-09-15",
    status: "planned" as const,
  };

  it("is due at a planned closing meeting and replaces a periodic SDQ in its window", () => {
    const f = facts({
      stage: "evaluation",
      meetings: [closing],
      measurements: [sdq("parent", "2026-03-20")],
    });
    const list = scheduleMeasurements(f, parentOnly, "2026-09-01");
    expect(pick(list, "closure")).toMatchObject({ dueDate: "2026-09-15", status: "upcoming" });
    expect(pick(list, "periodic")).toBeUndefined();
  });

  it("keeps a periodic SDQ that falls before the closure window", () => {
    const f = facts({
      stage: "evaluation",
      meetings: [{ ...closing, on: "2026-12-15" }],
      measurements: [sdq("parent", "2026-03-20")],
    });
    expect(pick(scheduleMeasurements(f, parentOnly, "2026-09-01"), "periodic")?.dueDate).toBe(
      "2026-09-20",
    );
  });

  it("is done by an SDQ inside the window before closure, not by an older one", () => {
    const closed = (on: string) =>
      facts({
        stage: "closed",
        closedOn: "2026-09-30",
        measurements: [sdq("parent", "2026-03-20"), sdq("parent", on)],
      });
    expect(
      pick(scheduleMeasurements(closed("2026-08-31"), parentOnly, "2026-10-01"), "closure"),
    ).toMatchObject({ status: "done", doneOn: "2026-08-31" });
    expect(
      pick(scheduleMeasurements(closed("2026-08-30"), parentOnly, "2026-10-01"), "closure"),
    ).toMatchObject({ status: "overdue" });
  });

  it("is never done by the baseline measurement, even inside the window (issue #17.7)", () => {
    const early = facts({
      stage: "closed",
      closedOn: "2026-03-25",
      measurements: [sdq("parent", "2026-03-20")],
    });
    const list = scheduleMeasurements(early, parentOnly, "2026-03-26");
    expect(pick(list, "baseline")).toMatchObject({ status: "done", doneOn: "2026-03-20" });
    expect(pick(list, "closure")).toMatchObject({ status: "overdue" });
    expect(pick(list, "closure")?.doneOn).toBeUndefined();
  });

  it("stops periodic measurement once the case is closed", () => {
    const f = facts({
      stage: "closed",
      closedOn: "2026-03-01",
      measurements: [sdq("parent", "2026-01-20")],
    });
    expect(pick(scheduleMeasurements(f, parentOnly, "2026-09-01"), "periodic")).toBeUndefined();
  });

  it("needs the closing date of a closed case", () => {
    expect(() => scheduleMeasurements(facts({ stage: "closed" }), R, "2026-01-01")).toThrow(
      RangeError,
    );
  });
});

describe("ORS and SRS at each meeting", () => {
  const meetings = [
    { id: "pre", kind: "pre_meeting" as const, on: "2026-01-20", status: "held" as const },
    { id: "n1", kind: "network_meeting_1" as const, on: "2026-02-03", status: "held" as const },
    { id: "n2", kind: "network_meeting_2" as const, on: "2026-02-24", status: "planned" as const },
    { id: "f1", kind: "follow_up" as const, on: "2026-03-10", status: "cancelled" as const },
  ];
  const sessionsOnly = { ...R, sdqInformants: [] };

  it("asks for one ORS and one SRS per scheduled meeting, skipping other kinds and cancelled ones", () => {
    const list = scheduleMeasurements(facts({ meetings }), sessionsOnly, "2026-02-20");
    expect(list.map((m) => [m.instrument, m.version, m.meetingId, m.status])).toEqual([
      ["ors", "CORS", "n1", "overdue"],
      ["srs", "CSRS", "n1", "overdue"],
      ["ors", "CORS", "n2", "due_soon"],
      ["srs", "CSRS", "n2", "due_soon"],
    ]);
  });

  it("is done by a form answered for that meeting only", () => {
    const measurements: ScheduleMeasurement[] = [
      {
        instrument: "ors",
        informant: "self",
        meetingId: "n1",
        status: "submitted",
        submittedOn: "2026-02-03",
      },
      { instrument: "srs", informant: "self", meetingId: "n2", status: "sent" },
    ];
    const list = scheduleMeasurements(
      facts({ meetings, measurements }),
      sessionsOnly,
      "2026-02-20",
    );
    expect(list.map((m) => [m.instrument, m.meetingId, m.status, m.requested])).toEqual([
      ["ors", "n1", "done", false],
      ["srs", "n1", "overdue", false],
      ["ors", "n2", "due_soon", false],
      ["srs", "n2", "due_soon", true],
    ]);
  });

  it("drops meetings that were never held once the case is closed", () => {
    const f = facts({ stage: "closed", closedOn: "2026-02-10", meetings });
    const list = scheduleMeasurements(f, sessionsOnly, "2026-03-01");
    expect(list.map((m) => m.meetingId)).toEqual(["n1", "n1"]);
  });

  it("asks nothing of a child under six", () => {
    const f = facts({ meetings, childBirthDate: "2021-01-01" });
    expect(scheduleMeasurements(f, sessionsOnly, "2026-02-20")).toEqual([]);
  });
});

describe("which cases are measured", () => {
  it("only cases that ran as collaboration cases", () => {
    expect(scheduleMeasurements(facts({ coordinated: false }), R, "2026-01-10")).toEqual([]);
    expect(
      scheduleMeasurements(facts({ stage: "declined", coordinated: true }), R, "2026-01-10"),
    ).toEqual([]);
  });

  it("status always agrees with the days left (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 30 }),
        (offset, soon) => {
          const today = addDays("2026-01-05", offset);
          for (const m of scheduleMeasurements(facts(), { ...R, dueSoonDays: soon }, today)) {
            const left = daysBetween(today, m.dueDate);
            const expected = left < 0 ? "overdue" : left <= soon ? "due_soon" : "upcoming";
            expect(m.status).toBe(expected);
          }
        },
      ),
    );
  });
});
