import type { Staircase, Step, Trigger, TriggerKind } from "@kring/domain/attendance";
import type { TFunction } from "i18next";

// The staircase form edits a draft: the staircase as the domain has it, except that a number
// field left empty is null. The server's validation names such a field, so nothing is guessed.

export type Draft = Staircase;
export type DraftStep = Step;

/** What a trigger of each kind starts from when the administrator picks the kind. */
export function newTrigger(kind: TriggerKind): Trigger {
  switch (kind) {
    case "absence_share":
      return { kind, windowDays: 20, thresholdPercent: 10, absenceKind: "any" };
    case "consecutive_days":
      return { kind, days: 3, absenceKind: "any" };
    case "first_unexcused":
      return { kind };
    case "recurring_valid":
      return { kind, weeks: 4, minOccurrences: 3 };
    case "no_improvement":
      return { kind, weeksAfterPreviousStep: 4 };
  }
}

export function newStep(number: number): DraftStep {
  return {
    number,
    title: "",
    actor: "mentor",
    deadlineDays: 14,
    actions: [],
    triggers: [newTrigger("absence_share")],
  };
}

/** Steps are numbered 1, 2, 3… in order: after a step is removed the later ones move down. */
export function renumber(steps: readonly DraftStep[]): DraftStep[] {
  return steps.map((s, i) => ({ ...s, number: i + 1 }));
}

/** A number input's value as the draft keeps it: an empty field is null, not 0. */
export function numberOrNull(value: string | number): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** What is sent for preview or saving: the draft without the blank action lines. */
export function toSubmitted(draft: Draft): Draft {
  return {
    ...draft,
    steps: draft.steps.map((s) => ({ ...s, actions: s.actions.filter((a) => a.trim() !== "") })),
  };
}

/** The fields of a step or trigger the form has a label for (attendance.sv.ts, editor). */
const LABELLED = [
  "title",
  "actor",
  "deadlineDays",
  "actions",
  "kind",
  "windowDays",
  "thresholdPercent",
  "operator",
  "absenceKind",
  "days",
  "weeks",
  "minOccurrences",
  "weeksAfterPreviousStep",
] as const;

/** "steps[1].triggers[0].windowDays" as the form names it: "Steg 2, utlösare 1: Skoldagar som mäts". */
export function describePath(path: string, t: TFunction<"attendance">): string {
  const match = /^steps\[(\d+)\](?:\.triggers\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!match) return path;
  const [, step, trigger, field] = match;
  const place = t("step", { step: Number(step) + 1 });
  const where =
    trigger === undefined
      ? place
      : `${place}, ${t("editor.triggerShort", { number: Number(trigger) + 1 })}`;
  const known = LABELLED.find((k) => k === field);
  return known ? `${where}: ${t(`editor.${known}`)}` : field ? `${where}: ${field}` : where;
}
