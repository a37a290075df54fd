/**
 * Structure of the SDQ forms: which items exist, which scale each belongs to, which are
 * reverse-scored, and which impact items each informant answers.
 *
 * Only neutral labels ("SDQ item 1") live here. The item wording is copyrighted and needs the
 * authors' licence for electronic use, so the organisation loads it from a file it holds;
 * it is never committed (domain.md section 6).
 */

export type SdqInformant = "parent" | "teacher" | "self";
export type SdqVersion = "2-4" | "4-17" | "11-17";
/** 0 = not true, 1 = somewhat true, 2 = certainly true, null = not answered. */
export type SdqAnswer = 0 | 1 | 2 | null;
/** 0 = not at all, 1 = only a little, 2 = a medium amount, 3 = a great deal. */
export type SdqImpactAnswer = 0 | 1 | 2 | 3 | null;

export type SdqSubscale = "emotional" | "conduct" | "hyperactivity" | "peer" | "prosocial";
export type SdqDifficultyScale = Exclude<SdqSubscale, "prosocial">;
/** Every score the SDQ yields. */
export type SdqScoreKey = SdqSubscale | "total" | "externalising" | "internalising" | "impact";
/** Scores that have published bands (externalising/internalising have none). */
export type SdqBandedScale = SdqSubscale | "total" | "impact";
export type SdqImpactItem = "distress" | "home" | "friendships" | "classroom" | "leisure";

export const SDQ_INFORMANTS: readonly SdqInformant[] = ["parent", "teacher", "self"];
export const SDQ_VERSIONS: readonly SdqVersion[] = ["2-4", "4-17", "11-17"];
export const SDQ_SUBSCALES: readonly SdqSubscale[] = [
  "emotional",
  "conduct",
  "hyperactivity",
  "peer",
  "prosocial",
];
export const SDQ_DIFFICULTY_SCALES: readonly SdqDifficultyScale[] = [
  "emotional",
  "conduct",
  "hyperactivity",
  "peer",
];
export const SDQ_SCORE_KEYS: readonly SdqScoreKey[] = [
  ...SDQ_SUBSCALES,
  "total",
  "externalising",
  "internalising",
  "impact",
];
export const SDQ_BANDED_SCALES: readonly SdqBandedScale[] = [...SDQ_SUBSCALES, "total", "impact"];

export const SDQ_ITEM_COUNT = 25;

/** 1-based item numbers, in questionnaire order. */
export const SDQ_SCALE_ITEMS: Readonly<Record<SdqSubscale, readonly number[]>> = Object.freeze({
  emotional: Object.freeze([3, 8, 13, 16, 24]),
  conduct: Object.freeze([5, 7, 12, 18, 22]),
  hyperactivity: Object.freeze([2, 10, 15, 21, 25]),
  peer: Object.freeze([6, 11, 14, 19, 23]),
  prosocial: Object.freeze([1, 4, 9, 17, 20]),
});

/** Positively worded items inside difficulty scales, so "certainly true" scores 0. */
export const SDQ_REVERSED_ITEMS: readonly number[] = Object.freeze([7, 11, 14, 21, 25]);

/** Impact items in form order; the teacher form leaves out home and leisure. */
export const SDQ_IMPACT_ITEMS: Readonly<Record<SdqInformant, readonly SdqImpactItem[]>> =
  Object.freeze({
    parent: Object.freeze(["distress", "home", "friendships", "classroom", "leisure"] as const),
    teacher: Object.freeze(["distress", "friendships", "classroom"] as const),
    self: Object.freeze(["distress", "home", "friendships", "classroom", "leisure"] as const),
  });

/** Highest possible value of each score, used to validate stored scores. */
export function sdqScoreMax(informant: SdqInformant, key: SdqScoreKey): number {
  switch (key) {
    case "total":
      return 40;
    case "externalising":
    case "internalising":
      return 20;
    case "impact":
      return SDQ_IMPACT_ITEMS[informant].length * 2;
    default:
      return 10;
  }
}

export interface SdqItemDescription {
  readonly number: number;
  /** Neutral label, never the licensed wording. */
  readonly label: string;
  readonly scale: SdqSubscale;
  readonly reversed: boolean;
}

export interface SdqVersionDescription {
  readonly version: SdqVersion;
  readonly informants: readonly SdqInformant[];
  /** Items whose wording differs from the 4-17 form; scoring is unaffected. */
  readonly rewordedItems: readonly number[];
}

function scaleOf(item: number): SdqSubscale {
  const scale = SDQ_SUBSCALES.find((s) => SDQ_SCALE_ITEMS[s].includes(item));
  if (scale === undefined) throw new Error(`SDQ item ${item} belongs to no scale`);
  return scale;
}

const items: readonly SdqItemDescription[] = Object.freeze(
  Array.from({ length: SDQ_ITEM_COUNT }, (_, i) =>
    Object.freeze({
      number: i + 1,
      label: `SDQ item ${i + 1}`,
      scale: scaleOf(i + 1),
      reversed: SDQ_REVERSED_ITEMS.includes(i + 1),
    }),
  ),
);

const versions: Readonly<Record<SdqVersion, SdqVersionDescription>> = Object.freeze({
  // The 2-4 form rewords items 18 and 22 for toddlers; same scales, same scoring.
  "2-4": Object.freeze({
    version: "2-4",
    informants: Object.freeze(["parent", "teacher"] as const),
    rewordedItems: Object.freeze([18, 22]),
  }),
  "4-17": Object.freeze({
    version: "4-17",
    informants: Object.freeze(["parent", "teacher"] as const),
    rewordedItems: Object.freeze([]),
  }),
  "11-17": Object.freeze({
    version: "11-17",
    informants: Object.freeze(["self"] as const),
    rewordedItems: Object.freeze([]),
  }),
});

/** Everything a form renderer or importer needs, without copyrighted text. */
export const SDQ_FORMS = Object.freeze({
  itemCount: SDQ_ITEM_COUNT,
  versions,
  items,
  scales: SDQ_SCALE_ITEMS,
  reversedItems: SDQ_REVERSED_ITEMS,
  impactItems: SDQ_IMPACT_ITEMS,
});
