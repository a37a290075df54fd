/** Swedish sentences for transition reasons, read by mentors, principals and student health. */
import type { AbsenceKind, ThresholdOperator } from "./config";
import type { IsoDate } from "./dates";
import { formatPercentSv } from "./share";

const KIND_SV: Record<AbsenceKind, string> = {
  any: "Total frånvaro",
  valid: "Giltig frånvaro",
  invalid: "Ogiltig frånvaro",
};

const KIND_LOWER_SV: Record<AbsenceKind, string> = {
  any: "frånvarande",
  valid: "giltigt frånvarande",
  invalid: "ogiltigt frånvarande",
};

function thresholdSv(threshold: number, operator: ThresholdOperator): string {
  return `${operator === ">" ? "över" : "minst"} ${formatPercentSv(threshold)}`;
}

export function absenceShareText(
  kind: AbsenceKind,
  measured: number,
  windowDays: number,
  threshold: number,
  operator: ThresholdOperator,
): string {
  return (
    `${KIND_SV[kind]} ${formatPercentSv(measured)} de senaste ${windowDays} skoldagarna ` +
    `(gräns: ${thresholdSv(threshold, operator)}).`
  );
}

export function consecutiveDaysText(kind: AbsenceKind, days: number): string {
  return `Eleven har varit ${KIND_LOWER_SV[kind]} ${days} skoldagar i följd.`;
}

export function firstUnexcusedText(date: IsoDate): string {
  return `Första ogiltiga frånvaron ${date}.`;
}

export function recurringValidText(days: number, weeks: number): string {
  return `Anmäld (giltig) frånvaro ${days} skoldagar de senaste ${weeks} veckorna.`;
}

export function noImprovementText(
  kind: AbsenceKind,
  weeks: number,
  step: number,
  measured: number,
  threshold: number,
  operator: ThresholdOperator,
): string {
  return (
    `Ingen förbättring ${weeks} veckor efter steg ${step}: ${KIND_SV[kind].toLowerCase()} ` +
    `${formatPercentSv(measured)} (gräns: ${thresholdSv(threshold, operator)}).`
  );
}

export function recoveredText(recoveryPercent: number, windowDays: number): string {
  return (
    `Frånvaron har varit under ${formatPercentSv(recoveryPercent)} de senaste ${windowDays} ` +
    `skoldagarna utan ogiltig frånvaro; eleven lämnar närvarotrappan.`
  );
}
