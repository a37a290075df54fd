/**
 * Test helpers that build SDQ answer sheets from the scores we want.
 *
 * The scale membership and reversed items are copied here by hand from domain.md rather than
 * imported, so a transcription mistake in the library is caught instead of mirrored.
 */
import type { SdqAnswer, SdqInformant, SdqSubscale } from "../../src/instruments";

export const ITEMS: Readonly<Record<SdqSubscale, readonly number[]>> = {
  emotional: [3, 8, 13, 16, 24],
  conduct: [5, 7, 12, 18, 22],
  hyperactivity: [2, 10, 15, 21, 25],
  peer: [6, 11, 14, 19, 23],
  prosocial: [1, 4, 9, 17, 20],
};
export const REVERSED: ReadonlySet<number> = new Set([7, 11, 14, 21, 25]);
export const INFORMANTS: readonly SdqInformant[] = ["parent", "teacher", "self"];

export function blankAnswers(): SdqAnswer[] {
  return Array.from({ length: 25 }, () => null);
}

/** Raw (as ticked) answer that yields the given scored value for an item. */
export function rawFor(item: number, scored: 0 | 1 | 2): 0 | 1 | 2 {
  return REVERSED.has(item) ? ((2 - scored) as 0 | 1 | 2) : scored;
}

/**
 * Answer sheet where each listed scale is fully answered and sums to the given score (0-10);
 * unlisted scales are left blank.
 */
export function answersForScores(scores: Partial<Record<SdqSubscale, number>>): SdqAnswer[] {
  const answers = blankAnswers();
  for (const [scale, score] of Object.entries(scores) as [SdqSubscale, number][]) {
    let left = score;
    for (const item of ITEMS[scale]) {
      const scored = Math.min(2, left) as 0 | 1 | 2;
      left -= scored;
      answers[item - 1] = rawFor(item, scored);
    }
  }
  return answers;
}

/** Splits a total difficulties score (0-40) over the four difficulty scales. */
export function answersForTotal(total: number): SdqAnswer[] {
  const parts = [0, 0, 0, 0].map((_, i) => Math.max(0, Math.min(10, total - 10 * i)));
  return answersForScores({
    emotional: parts[0] ?? 0,
    conduct: parts[1] ?? 0,
    hyperactivity: parts[2] ?? 0,
    peer: parts[3] ?? 0,
  });
}

/** Impact answers (codes 0-3) that score the given impact for this informant. */
export function impactFor(informant: SdqInformant, score: number): (0 | 1 | 2 | 3)[] {
  const count = informant === "teacher" ? 3 : 5;
  let left = score;
  return Array.from({ length: count }, () => {
    // Code 3 ("a great deal") scores 2, code 2 ("a medium amount") scores 1.
    const points = Math.min(2, left);
    left -= points;
    return points === 2 ? 3 : points === 1 ? 2 : 0;
  });
}
