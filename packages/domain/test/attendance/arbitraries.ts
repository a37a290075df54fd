// fast-check generators: valid staircases and pupils' attendance, biased towards absence so the
// engine actually climbs, recovers and climbs again within a short term.
import fc from "fast-check";
import {
  ABSENCE_KINDS,
  ACTORS,
  addDays,
  THRESHOLD_OPERATORS,
  type SchoolDaySummary,
  type Staircase,
  type Step,
  type Trigger,
} from "@kring/domain/attendance";

const kind = fc.constantFrom(...ABSENCE_KINDS);
const operator = fc.constantFrom(...THRESHOLD_OPERATORS);
const percent = fc.integer({ min: 1, max: 60 });
const shortWindow = fc.integer({ min: 1, max: 10 });

/** Drops undefined fields, as a JSON config would not have them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const absenceShare: fc.Arbitrary<Trigger> = fc
  .record({
    windowDays: shortWindow,
    thresholdPercent: percent,
    absenceKind: kind,
    operator: fc.option(operator, { nil: undefined }),
  })
  .map((t) => compact({ kind: "absence_share" as const, ...t }));

const consecutive: fc.Arbitrary<Trigger> = fc
  .record({ days: fc.integer({ min: 1, max: 5 }), absenceKind: kind })
  .map((t) => ({ kind: "consecutive_days" as const, ...t }));

const recurring: fc.Arbitrary<Trigger> = fc
  .record({ weeks: fc.integer({ min: 1, max: 4 }), minOccurrences: fc.integer({ min: 1, max: 8 }) })
  .map((t) => ({ kind: "recurring_valid" as const, ...t }));

const noImprovement: fc.Arbitrary<Trigger> = fc
  .record({
    weeksAfterPreviousStep: fc.integer({ min: 1, max: 4 }),
    threshold: fc.option(
      fc.record({ thresholdPercent: percent, operator: fc.option(operator, { nil: undefined }) }),
      {
        nil: undefined,
      },
    ),
    windowDays: fc.option(shortWindow, { nil: undefined }),
    absenceKind: fc.option(kind, { nil: undefined }),
  })
  .map(({ threshold, ...t }) => compact({ kind: "no_improvement" as const, ...t, ...threshold }));

function anyTrigger(stepNumber: number): fc.Arbitrary<Trigger> {
  const kinds = [
    absenceShare,
    consecutive,
    fc.constant<Trigger>({ kind: "first_unexcused" }),
    recurring,
  ];
  return fc.oneof(...(stepNumber > 1 ? [...kinds, noImprovement, noImprovement] : kinds));
}

function step(number: number, trigger: (n: number) => fc.Arbitrary<Trigger>): fc.Arbitrary<Step> {
  return fc
    .record({
      actor: fc.constantFrom(...ACTORS),
      deadlineDays: fc.integer({ min: 0, max: 30 }),
      triggers: fc.array(trigger(number), { minLength: 1, maxLength: 3 }),
      reportToOrganiser: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((s) => compact({ number, title: `Steg ${number}`, actions: [`Åtgärd ${number}`], ...s }));
}

function staircaseOf(
  trigger: (n: number) => fc.Arbitrary<Trigger>,
  recoveryWindow: fc.Arbitrary<number>,
): fc.Arbitrary<Staircase> {
  return fc
    .record({
      stepCount: fc.integer({ min: 1, max: 4 }),
      absentDayFraction: fc.option(fc.constantFrom(0.5, 0.9, 1), { nil: undefined }),
      recovery: fc.option(
        fc.record({ windowDays: recoveryWindow, recoveryPercent: fc.integer({ min: 1, max: 20 }) }),
        { nil: undefined },
      ),
    })
    .chain(({ stepCount, ...settings }) =>
      fc
        .tuple(...Array.from({ length: stepCount }, (_, i) => step(i + 1, trigger)))
        .map((steps) => compact({ id: "generated", name: "Genererad trappa", steps, ...settings })),
    );
}

/** Any valid staircase with small windows. */
export const staircaseArb = staircaseOf(anyTrigger, fc.integer({ min: 1, max: 10 }));

/**
 * Staircases using one trigger kind only (no_improvement above step 1) and a one-day recovery
 * window, so requiredHistoryDays is decided by that kind alone and the streaming property
 * notices when its history is underestimated.
 */
export const singleKindStaircaseArb = fc
  .constantFrom(absenceShare, consecutive, recurring, noImprovement)
  .chain((kind) =>
    staircaseOf(
      (n) => (kind === noImprovement && n === 1 ? consecutive : kind),
      fc.constant(1),
    ).map((stairs) => ({ ...stairs, recovery: { windowDays: 1, recoveryPercent: 5 } })),
  );

const share = (weights: [number, number][]) =>
  fc.oneof(...weights.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));

const dayShape = fc.record({
  // Mostly consecutive calendar days, so calendar-week windows hold more than five school days
  // and an underestimated requiredHistoryDays shows up in the streaming property.
  gap: share([
    [1, 6],
    [2, 1],
    [3, 1],
  ]),
  scheduled: share([
    [0, 1],
    [240, 1],
    [360, 4],
  ]),
  valid: share([
    [0, 6],
    [0.1, 1],
    [0.5, 1],
    [1, 2],
  ]),
  invalid: share([
    [0, 12],
    [0.1, 1],
    [1, 1],
  ]),
});

export interface DayShape {
  readonly gap: number;
  readonly scheduled: number;
  readonly valid: number;
  readonly invalid: number;
}

/** Turns shapes into dated summaries; absence may exceed the schedule to exercise clamping. */
export function toDays(shapes: readonly DayShape[], start = "2025-08-18"): SchoolDaySummary[] {
  let date = addDays(start, -1);
  return shapes.map((s) => {
    date = addDays(date, s.gap);
    return {
      date,
      scheduledMinutes: s.scheduled,
      validAbsenceMinutes: Math.round(s.scheduled * s.valid),
      invalidAbsenceMinutes: Math.round(s.scheduled * s.invalid),
    };
  });
}

// "large" lets terms of several weeks appear, long enough for no_improvement and recovery.
export const shapesArb = fc.array(dayShape, { minLength: 1, maxLength: 90, size: "large" });
export const daysArb: fc.Arbitrary<SchoolDaySummary[]> = shapesArb.map((s) => toDays(s));
