/**
 * SDQ 3-band and 4-band categories, per informant, as published by the SDQ authors.
 *
 * The cut-offs are data, one table per informant, written in the same order and shape as the
 * table in domain.md section 6 so a reviewer can compare them line by line. Each row lists the
 * inclusive score range of every band, in band order (best first). Prosocial rows therefore
 * start at the top of the scale: a high prosocial score is the good one.
 */
import { InstrumentInputError } from "./errors";
import type { SdqBandedScale, SdqInformant } from "./sdq-forms";

export type SdqBand3 = "normal" | "borderline" | "abnormal";
export type SdqBand4Difficulty = "close_to_average" | "slightly_raised" | "high" | "very_high";
export type SdqBand4Prosocial = "close_to_average" | "slightly_lowered" | "low" | "very_low";
export type SdqBand4 = SdqBand4Difficulty | SdqBand4Prosocial;
export type SdqBand4For<S extends SdqBandedScale> = S extends "prosocial"
  ? SdqBand4Prosocial
  : SdqBand4Difficulty;

/** Inclusive score range [min, max]. */
export type ScoreRange = readonly [min: number, max: number];
type Bands3Table = Readonly<Record<SdqBandedScale, readonly [ScoreRange, ScoreRange, ScoreRange]>>;
type Bands4Table = Readonly<
  Record<SdqBandedScale, readonly [ScoreRange, ScoreRange, ScoreRange, ScoreRange]>
>;

export const SDQ_BAND3_LABELS: readonly SdqBand3[] = ["normal", "borderline", "abnormal"];
export const SDQ_BAND4_LABELS: readonly SdqBand4Difficulty[] = [
  "close_to_average",
  "slightly_raised",
  "high",
  "very_high",
];
export const SDQ_BAND4_PROSOCIAL_LABELS: readonly SdqBand4Prosocial[] = [
  "close_to_average",
  "slightly_lowered",
  "low",
  "very_low",
];

// prettier-ignore
export const SDQ_BANDS3: Readonly<Record<SdqInformant, Bands3Table>> = {
  parent: {
    total: [[0, 13], [14, 16], [17, 40]], emotional: [[0, 3], [4, 4], [5, 10]],
    conduct: [[0, 2], [3, 3], [4, 10]], hyperactivity: [[0, 5], [6, 6], [7, 10]],
    peer: [[0, 2], [3, 3], [4, 10]], prosocial: [[6, 10], [5, 5], [0, 4]],
    impact: [[0, 0], [1, 1], [2, 10]],
  },
  teacher: {
    total: [[0, 11], [12, 15], [16, 40]], emotional: [[0, 4], [5, 5], [6, 10]],
    conduct: [[0, 2], [3, 3], [4, 10]], hyperactivity: [[0, 5], [6, 6], [7, 10]],
    peer: [[0, 3], [4, 4], [5, 10]], prosocial: [[6, 10], [5, 5], [0, 4]],
    impact: [[0, 0], [1, 1], [2, 6]],
  },
  self: {
    total: [[0, 15], [16, 19], [20, 40]], emotional: [[0, 5], [6, 6], [7, 10]],
    conduct: [[0, 3], [4, 4], [5, 10]], hyperactivity: [[0, 5], [6, 6], [7, 10]],
    peer: [[0, 3], [4, 5], [6, 10]], prosocial: [[6, 10], [5, 5], [0, 4]],
    impact: [[0, 0], [1, 1], [2, 10]],
  },
};

// prettier-ignore
export const SDQ_BANDS4: Readonly<Record<SdqInformant, Bands4Table>> = {
  parent: {
    total: [[0, 13], [14, 16], [17, 19], [20, 40]], emotional: [[0, 3], [4, 4], [5, 6], [7, 10]],
    conduct: [[0, 2], [3, 3], [4, 5], [6, 10]], hyperactivity: [[0, 5], [6, 7], [8, 8], [9, 10]],
    peer: [[0, 2], [3, 3], [4, 4], [5, 10]], prosocial: [[8, 10], [7, 7], [6, 6], [0, 5]],
    impact: [[0, 0], [1, 1], [2, 2], [3, 10]],
  },
  teacher: {
    total: [[0, 11], [12, 15], [16, 18], [19, 40]], emotional: [[0, 3], [4, 4], [5, 5], [6, 10]],
    conduct: [[0, 2], [3, 3], [4, 4], [5, 10]], hyperactivity: [[0, 5], [6, 7], [8, 8], [9, 10]],
    peer: [[0, 2], [3, 4], [5, 5], [6, 10]], prosocial: [[6, 10], [5, 5], [4, 4], [0, 3]],
    impact: [[0, 0], [1, 1], [2, 2], [3, 6]],
  },
  self: {
    total: [[0, 14], [15, 17], [18, 19], [20, 40]], emotional: [[0, 4], [5, 5], [6, 6], [7, 10]],
    conduct: [[0, 3], [4, 4], [5, 5], [6, 10]], hyperactivity: [[0, 5], [6, 6], [7, 7], [8, 10]],
    peer: [[0, 2], [3, 3], [4, 4], [5, 10]], prosocial: [[7, 10], [6, 6], [5, 5], [0, 4]],
    impact: [[0, 0], [1, 1], [2, 2], [3, 10]],
  },
};

function bandIndex(
  rows: readonly ScoreRange[],
  informant: SdqInformant,
  scale: SdqBandedScale,
  score: number,
): number {
  const index = rows.findIndex(([min, max]) => score >= min && score <= max);
  if (!Number.isInteger(score) || index < 0) {
    throw new InstrumentInputError(
      `SDQ ${informant} ${scale} score ${String(score)} is not a whole number within the scale`,
      `SDQ-poängen ${String(score)} (${informant}, ${scale}) är inte ett heltal inom skalan`,
      scale,
    );
  }
  return index;
}

/** 3-band category of one score; null when the score itself is missing. */
export function sdqBand3(
  informant: SdqInformant,
  scale: SdqBandedScale,
  score: number | null,
): SdqBand3 | null {
  if (score === null) return null;
  const index = bandIndex(SDQ_BANDS3[informant][scale], informant, scale, score);
  return SDQ_BAND3_LABELS[index] ?? null;
}

/** 4-band category of one score; null when the score itself is missing. */
export function sdqBand4<S extends SdqBandedScale>(
  informant: SdqInformant,
  scale: S,
  score: number | null,
): SdqBand4For<S> | null {
  if (score === null) return null;
  const index = bandIndex(SDQ_BANDS4[informant][scale], informant, scale, score);
  const labels = scale === "prosocial" ? SDQ_BAND4_PROSOCIAL_LABELS : SDQ_BAND4_LABELS;
  return (labels[index] ?? null) as SdqBand4For<S> | null;
}
