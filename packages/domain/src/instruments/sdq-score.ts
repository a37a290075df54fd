/**
 * SDQ scoring (Goodman), following the rules in domain.md section 6.
 */
import type { SdqBand3, SdqBand4For } from "./sdq-bands";
import { sdqBand3, sdqBand4 } from "./sdq-bands";
import type { SdqAnswer, SdqBandedScale, SdqImpactAnswer, SdqSubscale } from "./sdq-forms";
import { SDQ_BANDED_SCALES, SDQ_REVERSED_ITEMS, SDQ_SCALE_ITEMS } from "./sdq-forms";
import type { SdqInput } from "./sdq-validate";
import { validateSdqInput } from "./sdq-validate";

export interface SdqScores {
  readonly emotional: number | null;
  readonly conduct: number | null;
  readonly hyperactivity: number | null;
  readonly peer: number | null;
  readonly prosocial: number | null;
  /** emotional + conduct + hyperactivity + peer, 0-40. */
  readonly total: number | null;
  /** conduct + hyperactivity, 0-20. */
  readonly externalising: number | null;
  /** emotional + peer, 0-20. */
  readonly internalising: number | null;
  /** 0-10 (parent, self) or 0-6 (teacher); null when impact was not collected. */
  readonly impact: number | null;
}

export type SdqBands3 = { readonly [S in SdqBandedScale]: SdqBand3 | null };
export type SdqBands4 = { readonly [S in SdqBandedScale]: SdqBand4For<S> | null };

export interface SdqResult extends SdqScores {
  readonly bands3: SdqBands3;
  readonly bands4: SdqBands4;
}

/** A scale needs this many of its five items answered to be scored. */
export const SDQ_MIN_ANSWERED_PER_SCALE = 3;

/**
 * Round half up of (sum × 5 / answered), the SDQ prorating rule for partly answered scales.
 *
 * Done in integers because a floating-point mean can land a hair below .5 (e.g. 7.4999…),
 * which would round the wrong way. round(x / y + 1/2) = floor((2x + y) / 2y) with x = 5·sum.
 */
export function sdqProratedScore(sum: number, answered: number): number | null {
  if (answered < SDQ_MIN_ANSWERED_PER_SCALE) return null;
  const numerator = 10 * sum + answered;
  const denominator = 2 * answered;
  return (numerator - (numerator % denominator)) / denominator;
}

function scoredValue(item: number, answer: Exclude<SdqAnswer, null>): number {
  // Reversed items are positively worded inside a difficulty scale: "certainly true" scores 0.
  return SDQ_REVERSED_ITEMS.includes(item) ? 2 - answer : answer;
}

function scaleScore(scale: SdqSubscale, answers: readonly SdqAnswer[]): number | null {
  let sum = 0;
  let answered = 0;
  for (const item of SDQ_SCALE_ITEMS[scale]) {
    const answer = answers[item - 1] ?? null;
    if (answer === null) continue;
    sum += scoredValue(item, answer);
    answered += 1;
  }
  return sdqProratedScore(sum, answered);
}

/** not at all / only a little → 0, a medium amount → 1, a great deal → 2. */
const IMPACT_POINTS: readonly number[] = [0, 0, 1, 2];

function impactScore(
  impact: readonly SdqImpactAnswer[] | null | undefined,
  noDifficulties: boolean,
): number | null {
  // Respondents who report no difficulties skip the impact questions, which means no impact.
  if (noDifficulties) return 0;
  // Not collected, or every item left blank: nothing is known about impact, which is not the
  // same as "no impact" (0) and must not be banded as such.
  if (impact === null || impact === undefined || impact.every((a) => a === null)) return null;
  // Unanswered items among answered ones count 0, unlike the difficulty scales (prorated).
  return impact.reduce<number>((sum, answer) => sum + (IMPACT_POINTS[answer ?? 0] ?? 0), 0);
}

function addAll(...scores: (number | null)[]): number | null {
  let sum = 0;
  for (const score of scores) {
    // One missing component makes the composite missing; prorating it would overstate certainty.
    if (score === null) return null;
    sum += score;
  }
  return sum;
}

/** Scores one SDQ questionnaire. Throws InstrumentInputError on invalid input. */
export function scoreSdq(input: SdqInput): SdqResult {
  const { informant, answers, impact, noDifficulties } = validateSdqInput(input);
  const emotional = scaleScore("emotional", answers);
  const conduct = scaleScore("conduct", answers);
  const hyperactivity = scaleScore("hyperactivity", answers);
  const peer = scaleScore("peer", answers);
  const prosocial = scaleScore("prosocial", answers);
  const scores = {
    emotional,
    conduct,
    hyperactivity,
    peer,
    prosocial,
    total: addAll(emotional, conduct, hyperactivity, peer),
    externalising: addAll(conduct, hyperactivity),
    internalising: addAll(emotional, peer),
    impact: impactScore(impact, noDifficulties === true),
  };
  const bands3 = Object.fromEntries(
    SDQ_BANDED_SCALES.map((scale) => [scale, sdqBand3(informant, scale, scores[scale])]),
  ) as unknown as SdqBands3;
  const bands4 = Object.fromEntries(
    SDQ_BANDED_SCALES.map((scale) => [scale, sdqBand4(informant, scale, scores[scale])]),
  ) as unknown as SdqBands4;
  return { ...scores, bands3, bands4 };
}
