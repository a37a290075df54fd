import { InstrumentScheduleRules, InstrumentThresholds } from "@kring/contracts";
import type { Settings, SettingsUpdate } from "./instruments-admin.api";

// The settings form's values: numbers as the user typed them, so "6,6" and "" can be checked
// and explained rather than silently turned into something else.

export const NUMBER_FIELDS = [
  "sdqBaselineFallbackDays",
  "sdqEveryMonths",
  "sdqClosureWindowDays",
  "dueSoonDays",
  "corsClinicalCutoff",
  "orsYouthClinicalCutoff",
  "orsClinicalCutoff",
  "orsReliableChange",
  "srsAlertBelow",
  "sdqTotalImprovement",
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface SettingsValues extends Record<NumberField, string> {
  sdqInformants: string[];
  sdqBeforeNetworkMeeting1: boolean;
  sdqAtClosure: boolean;
  sessionInstruments: string[];
  sessionMeetingKinds: string[];
}

const text = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));
/** Swedish writes a decimal comma; an empty field is not a number (NaN fails the schema). */
const number = (s: string) => (s.trim() === "" ? Number.NaN : Number(s.trim().replace(",", ".")));

export function valuesOf({ schedule: s, thresholds: th }: Settings): SettingsValues {
  return {
    sdqInformants: s.sdqInformants,
    sdqBeforeNetworkMeeting1: s.sdqBeforeNetworkMeeting1,
    sdqBaselineFallbackDays: text(s.sdqBaselineFallbackDays),
    sdqEveryMonths: text(s.sdqEveryMonths),
    sdqAtClosure: s.sdqAtClosure,
    sdqClosureWindowDays: text(s.sdqClosureWindowDays),
    sessionInstruments: s.sessionInstruments,
    sessionMeetingKinds: s.sessionMeetingKinds,
    dueSoonDays: text(s.dueSoonDays),
    corsClinicalCutoff: text(th.corsClinicalCutoff),
    orsYouthClinicalCutoff: text(th.orsYouthClinicalCutoff),
    orsClinicalCutoff: text(th.orsClinicalCutoff),
    orsReliableChange: text(th.orsReliableChange),
    srsAlertBelow: text(th.srsAlertBelow),
    sdqTotalImprovement: text(th.sdqTotalImprovement),
  };
}

function draftOf(v: SettingsValues) {
  return {
    schedule: {
      sdqInformants: v.sdqInformants,
      sdqBeforeNetworkMeeting1: v.sdqBeforeNetworkMeeting1,
      sdqBaselineFallbackDays: number(v.sdqBaselineFallbackDays),
      sdqEveryMonths: v.sdqEveryMonths.trim() === "" ? null : number(v.sdqEveryMonths),
      sdqAtClosure: v.sdqAtClosure,
      sdqClosureWindowDays: number(v.sdqClosureWindowDays),
      sessionInstruments: v.sessionInstruments,
      sessionMeetingKinds: v.sessionMeetingKinds,
      dueSoonDays: number(v.dueSoonDays),
    },
    thresholds: {
      corsClinicalCutoff: number(v.corsClinicalCutoff),
      orsYouthClinicalCutoff: number(v.orsYouthClinicalCutoff),
      orsClinicalCutoff: number(v.orsClinicalCutoff),
      orsReliableChange: number(v.orsReliableChange),
      srsAlertBelow: number(v.srsAlertBelow),
      sdqTotalImprovement: number(v.sdqTotalImprovement),
    },
  };
}

/**
 * Checked with the schemas the server validates with, so what passes here is what it accepts.
 * Either the whole update, or the fields to fix, in the form's order.
 */
export function checkValues(
  values: SettingsValues,
  basedOn: string | null,
): { update: SettingsUpdate; invalid: [] } | { update: null; invalid: NumberField[] } {
  const draft = draftOf(values);
  const schedule = InstrumentScheduleRules.safeParse(draft.schedule);
  const thresholds = InstrumentThresholds.safeParse(draft.thresholds);
  if (schedule.success && thresholds.success)
    return {
      update: { schedule: schedule.data, thresholds: thresholds.data, basedOn },
      invalid: [],
    };
  const paths = new Set(
    [...(schedule.error?.issues ?? []), ...(thresholds.error?.issues ?? [])].map((i) =>
      String(i.path[0]),
    ),
  );
  return { update: null, invalid: NUMBER_FIELDS.filter((f) => paths.has(f)) };
}

type Flat = Settings["schedule"] & Settings["thresholds"];

/** The settings that differ between two versions, for the notice after a conflicting save. */
export function changedSettings(before: Settings, after: Settings) {
  const a: Flat = { ...before.schedule, ...before.thresholds };
  const b: Flat = { ...after.schedule, ...after.thresholds };
  return (Object.keys(b) as (keyof Flat)[])
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ({ key, value: b[key] }));
}
