/**
 * When outcome instruments are due in one collaboration case (domain.md section 6, HLT): an SDQ
 * from each informant before network meeting 1, at closure and at least every six months in
 * between; ORS and SRS at each meeting. The rules are the tenant's choice; these are defaults.
 */
import {
  addDays,
  addMonths,
  compareCivilDates,
  daysBetween,
  type CivilDate,
} from "../cases/civil-date";
import type { MeetingKind } from "../cases/meetings";
import type { CaseStage } from "../cases/stages";
import type { OrsVersion } from "./ors";
import type { SdqInformant, SdqVersion } from "./sdq-forms";
import type { SrsVersion } from "./srs";

export type ScheduledInstrument = "sdq" | "ors" | "srs";
export type SessionInstrument = "ors" | "srs";
export type MeasurementOccasion = "baseline" | "periodic" | "closure" | "meeting";
export type MeasurementStatus = "done" | "upcoming" | "due_soon" | "overdue";
export type SessionVersion = OrsVersion | SrsVersion;

/** Whole years of age on a date. */
export function ageOn(birthDate: CivilDate, on: CivilDate): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The SDQ form for an informant and the child's age, or null when none is published for it.
 * Both the 2-4 and the 4-17 forms cover four-year-olds; we use 4-17 from the fourth birthday so a
 * child's series stays on one form for as long as possible.
 */
export function sdqVersionFor(
  informant: SdqInformant,
  birthDate: CivilDate,
  on: CivilDate,
): SdqVersion | null {
  const age = ageOn(birthDate, on);
  if (informant === "self") return age >= 11 && age <= 17 ? "11-17" : null;
  if (age >= 2 && age <= 3) return "2-4";
  return age >= 4 && age <= 17 ? "4-17" : null;
}

/** CORS/CSRS for children of 6-12, ORS/SRS from 13; younger children get no self-rating. */
export function sessionVersionFor(
  instrument: SessionInstrument,
  birthDate: CivilDate,
  on: CivilDate,
): SessionVersion | null {
  const age = ageOn(birthDate, on);
  if (age < 6) return null;
  if (instrument === "ors") return age <= 12 ? "CORS" : "ORS";
  return age <= 12 ? "CSRS" : "SRS";
}

export interface InstrumentScheduleRules {
  /** Who gives an SDQ; each only while a form exists for the child's age. */
  sdqInformants: SdqInformant[];
  sdqBeforeNetworkMeeting1: boolean;
  /** Due date of the first SDQ, in days from the request, while meeting 1 is not planned. */
  sdqBaselineFallbackDays: number;
  /** Months from one SDQ to the next from the same informant; null: no periodic SDQ. */
  sdqEveryMonths: number | null;
  sdqAtClosure: boolean;
  /** An SDQ up to this many days before closure counts as the closing measurement. */
  sdqClosureWindowDays: number;
  /** Instruments the child fills in at each meeting of the kinds below. */
  sessionInstruments: SessionInstrument[];
  sessionMeetingKinds: MeetingKind[];
  /** A measurement this many days away or fewer (today included) is `due_soon`. */
  dueSoonDays: number;
}

export const DEFAULT_INSTRUMENT_SCHEDULE: InstrumentScheduleRules = {
  sdqInformants: ["parent", "teacher", "self"],
  sdqBeforeNetworkMeeting1: true,
  sdqBaselineFallbackDays: 21,
  sdqEveryMonths: 6,
  sdqAtClosure: true,
  sdqClosureWindowDays: 30,
  sessionInstruments: ["ors", "srs"],
  sessionMeetingKinds: [
    "network_meeting_1",
    "network_meeting_2",
    "follow_up",
    "evaluation",
    "closing",
  ],
  dueSoonDays: 7,
};

export interface ScheduleMeeting {
  id: string;
  kind: MeetingKind;
  on: CivilDate;
  status: "planned" | "held" | "cancelled";
}

/** A form already sent in the case, answered or not. */
export interface ScheduleMeasurement {
  instrument: ScheduledInstrument;
  informant: SdqInformant;
  meetingId: string | null;
  status: "sent" | "submitted" | "cancelled";
  submittedOn?: CivilDate;
}

export interface InstrumentScheduleFacts {
  stage: CaseStage;
  /** Coordinators were appointed: the case ran as a collaboration case. */
  coordinated: boolean;
  requestedOn: CivilDate;
  /** Required when the stage is `closed`. */
  closedOn?: CivilDate;
  childBirthDate: CivilDate;
  meetings: ScheduleMeeting[];
  measurements: ScheduleMeasurement[];
}

export interface DueMeasurement {
  instrument: ScheduledInstrument;
  informant: SdqInformant;
  /** The form for the child's age on the due date. */
  version: SdqVersion | SessionVersion;
  occasion: MeasurementOccasion;
  meetingId?: string;
  meetingKind?: MeetingKind;
  dueDate: CivilDate;
  status: MeasurementStatus;
  doneOn?: CivilDate;
  /** A form is out with a respondent and not yet answered. */
  requested: boolean;
  /**
   * Baseline only: network meeting 1 was held on this date without this SDQ in (HLT expects it
   * before the first collaboration meeting). Answered later, it is still a late baseline.
   */
  missedMeeting1On?: CivilDate;
}

function statusOf(due: CivilDate, today: CivilDate, soon: number, doneOn?: CivilDate) {
  if (doneOn) return "done";
  const daysLeft = daysBetween(today, due);
  if (daysLeft < 0) return "overdue";
  return daysLeft <= soon ? "due_soon" : "upcoming";
}

const byDate = (a: CivilDate, b: CivilDate) => compareCivilDates(a, b);

/** SDQ baseline, periodic and closure measurements of one informant. */
function sdqFor(
  informant: SdqInformant,
  facts: InstrumentScheduleFacts,
  rules: InstrumentScheduleRules,
  today: CivilDate,
): DueMeasurement[] {
  const mine = facts.measurements.filter(
    (m) => m.instrument === "sdq" && m.informant === informant && m.meetingId === null,
  );
  const submitted = mine.flatMap((m) => (m.submittedOn ? [m.submittedOn] : [])).sort(byDate);
  const requested = mine.some((m) => m.status === "sent");
  const out: DueMeasurement[] = [];
  const add = (occasion: MeasurementOccasion, dueDate: CivilDate, doneOn?: CivilDate) => {
    const version = sdqVersionFor(informant, facts.childBirthDate, dueDate);
    if (!version) return;
    const status = statusOf(dueDate, today, rules.dueSoonDays, doneOn);
    out.push({
      instrument: "sdq",
      informant,
      version,
      occasion,
      dueDate,
      status,
      requested: status !== "done" && requested,
      ...(doneOn ? { doneOn } : {}),
    });
  };

  if (rules.sdqBeforeNetworkMeeting1) {
    const meeting1 = facts.meetings
      .filter((m) => m.kind === "network_meeting_1" && m.status !== "cancelled")
      .sort((a, b) => byDate(a.on, b.on))[0];
    add(
      "baseline",
      meeting1?.on ?? addDays(facts.requestedOn, rules.sdqBaselineFallbackDays),
      submitted[0],
    );
    const baseline = out.at(-1);
    const late = !submitted[0] || byDate(submitted[0], meeting1?.on ?? submitted[0]) > 0;
    if (baseline?.occasion === "baseline" && meeting1?.status === "held" && late)
      baseline.missedMeeting1On = meeting1.on;
  }

  const closureDue = closureDate(facts);
  if (rules.sdqAtClosure && closureDue) {
    const windowStart = addDays(closureDue, -rules.sdqClosureWindowDays);
    // The baseline measurement never doubles as the closing one: change needs both ends.
    const afterBaseline = rules.sdqBeforeNetworkMeeting1 ? submitted.slice(1) : submitted;
    add(
      "closure",
      closureDue,
      afterBaseline.find((on) => byDate(on, windowStart) >= 0),
    );
  }

  const last = submitted.at(-1);
  if (rules.sdqEveryMonths !== null && last && facts.stage !== "closed") {
    const next = addMonths(last, rules.sdqEveryMonths);
    // Closure takes the place of a periodic measurement that would fall in its window.
    const coveredByClosure =
      rules.sdqAtClosure &&
      closureDue &&
      byDate(next, addDays(closureDue, -rules.sdqClosureWindowDays)) >= 0;
    if (!coveredByClosure) add("periodic", next);
  }
  return out;
}

/** The closing date, or the date of a planned closing meeting; null while closure is not in sight. */
function closureDate(facts: InstrumentScheduleFacts): CivilDate | null {
  if (facts.stage === "closed") {
    if (!facts.closedOn) throw new RangeError("closedOn is required for a closed case");
    return facts.closedOn;
  }
  const closing = facts.meetings.find((m) => m.kind === "closing" && m.status !== "cancelled");
  return closing?.on ?? null;
}

/** ORS/SRS from the child at each meeting of the scheduled kinds. */
function sessionsFor(
  facts: InstrumentScheduleFacts,
  rules: InstrumentScheduleRules,
  today: CivilDate,
): DueMeasurement[] {
  const out: DueMeasurement[] = [];
  for (const meeting of facts.meetings) {
    if (!rules.sessionMeetingKinds.includes(meeting.kind) || meeting.status === "cancelled")
      continue;
    // A closed case keeps the meetings that were held; planned ones will not happen.
    if (facts.stage === "closed" && meeting.status !== "held") continue;
    for (const instrument of rules.sessionInstruments) {
      const version = sessionVersionFor(instrument, facts.childBirthDate, meeting.on);
      if (!version) continue;
      const forMeeting = facts.measurements.filter(
        (m) => m.instrument === instrument && m.meetingId === meeting.id,
      );
      const doneOn = forMeeting.find((m) => m.submittedOn)?.submittedOn;
      const status = statusOf(meeting.on, today, rules.dueSoonDays, doneOn);
      out.push({
        instrument,
        informant: "self",
        version,
        occasion: "meeting",
        meetingId: meeting.id,
        meetingKind: meeting.kind,
        dueDate: meeting.on,
        status,
        requested: status !== "done" && forMeeting.some((m) => m.status === "sent"),
        ...(doneOn ? { doneOn } : {}),
      });
    }
  }
  return out;
}

/**
 * Every measurement the rules ask for in this case, by due date, with its status on `today`.
 * Only cases that ran as collaboration cases are measured; requests, declined requests and
 * the intake queue have none. Informants without a form for the child's age are left out.
 */
export function scheduleMeasurements(
  facts: InstrumentScheduleFacts,
  rules: InstrumentScheduleRules,
  today: CivilDate,
): DueMeasurement[] {
  if (!facts.coordinated || facts.stage === "declined") return [];
  const sdq = rules.sdqInformants.flatMap((informant) => sdqFor(informant, facts, rules, today));
  return [...sdq, ...sessionsFor(facts, rules, today)].sort(
    (a, b) => byDate(a.dueDate, b.dueDate) || a.instrument.localeCompare(b.instrument),
  );
}
