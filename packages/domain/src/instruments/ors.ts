/**
 * ORS (Outcome Rating Scale) and CORS (the child version for ages 6-12), Miller & Duncan.
 * Four 0-10 visual-analogue items, total 0-40, higher is better.
 */
import { describeValue, InstrumentInputError } from "./errors";
import type { ReliableChange } from "./reliable-change";
import { classifyChange } from "./reliable-change";
import { fromTenths, mapValues, readVasItems, sumTenths, toTenths, VAS_TOTAL_MAX } from "./vas";

export type OrsVersion = "ORS" | "CORS";

export const ORS_ITEM_KEYS = {
  ORS: ["individually", "interpersonally", "socially", "overall"],
  CORS: ["me", "family", "school", "everything"],
} as const satisfies Record<OrsVersion, readonly string[]>;

export type OrsItemKey<V extends OrsVersion = OrsVersion> = (typeof ORS_ITEM_KEYS)[V][number];

/** Items in form order, or keyed by the version's item keys; values in cm, 0-10. */
export type OrsItemValues<V extends OrsVersion> = V extends OrsVersion
  ? readonly number[] | Readonly<Record<OrsItemKey<V>, number>>
  : never;

/** Distributes over the version so each version only accepts its own item keys. */
export type OrsInput<V extends OrsVersion = OrsVersion> = V extends OrsVersion
  ? { readonly version: V; readonly items: OrsItemValues<V> }
  : never;

export interface OrsConfig {
  /**
   * Totals strictly below this are in the clinical range. 25 is the published adult cut-off;
   * cut-offs for children and adolescents differ, so organisations configure their own.
   */
  readonly clinicalCutoff?: number;
}

export interface OrsResult<V extends OrsVersion = OrsVersion> {
  readonly version: V;
  /** Item values in cm, keyed by item. */
  readonly items: Readonly<Record<OrsItemKey<V>, number>>;
  /** Sum of the four items, 0-40, one decimal. */
  readonly total: number;
  readonly clinicalCutoff: number;
  readonly belowClinicalCutoff: boolean;
}

/**
 * Clinical cut-offs by age (defaults; the tenant may change them). Source: Duncan, B. L.,
 * Sparks, J. A., Miller, S. D., Bohanske, R. T. & Claud, D. A. (2006). Giving youth a voice: a
 * preliminary study of the reliability and validity of a brief outcome measure for children,
 * adolescents, and caretakers. Journal of Brief Therapy, 5(2), 71-88: CORS (6-12 years) 32,
 * ORS for adolescents (13-17) 28; ORS for adults 25 (Miller et al. 2003). The adult cut-off
 * applied to a ten-year-old's CORS would miss most children in the clinical range.
 */
export const ORS_DEFAULT_CLINICAL_CUTOFF = 25;
export const CORS_DEFAULT_CLINICAL_CUTOFF = 32;
export const ORS_YOUTH_DEFAULT_CLINICAL_CUTOFF = 28;

/** Which cut-off applies: CORS for children, ORS under 18 for adolescents, else adults. */
export type OrsCutoffGroup = "child" | "youth" | "adult";
export function orsCutoffGroup(version: OrsVersion, ageYears: number | null): OrsCutoffGroup {
  if (version === "CORS") return "child";
  return ageYears !== null && ageYears < 18 ? "youth" : "adult";
}
/** domain.md: 5 points; NHS practice uses 6.6 for ORS, which callers can pass instead. */
export const ORS_DEFAULT_RELIABLE_CHANGE = 5;

function checkVersion(version: unknown): OrsVersion {
  if (version === "ORS" || version === "CORS") return version;
  throw new InstrumentInputError(
    `ORS version must be "ORS" or "CORS", got ${describeValue(version)}`,
    `ORS-version måste vara "ORS" eller "CORS", fick ${describeValue(version)}`,
    "version",
  );
}

/** Scores one ORS or CORS form. Throws InstrumentInputError on invalid input. */
export function scoreOrs<V extends OrsVersion>(
  input: OrsInput<V>,
  config: OrsConfig = {},
): OrsResult<V> {
  const version = checkVersion((input as { version?: unknown } | null)?.version) as V;
  const cutoffTenths = toTenths(
    config.clinicalCutoff ?? ORS_DEFAULT_CLINICAL_CUTOFF,
    VAS_TOTAL_MAX,
    {
      en: "ORS clinical cut-off",
      sv: "ORS kliniska gränsvärde",
      field: "clinicalCutoff",
    },
  );
  const keys: readonly OrsItemKey<V>[] = ORS_ITEM_KEYS[version];
  const items = readVasItems(version, keys, input.items);
  const totalTenths = sumTenths(items);
  return {
    version,
    items: mapValues(items, fromTenths),
    total: fromTenths(totalTenths),
    clinicalCutoff: fromTenths(cutoffTenths),
    belowClinicalCutoff: totalTenths < cutoffTenths,
  };
}

/**
 * Whether the ORS/CORS total changed reliably between two sessions. Higher is better.
 * A change equal to the threshold counts as reliable.
 */
export function orsReliableChange(
  before: number,
  after: number,
  { threshold = ORS_DEFAULT_RELIABLE_CHANGE }: { readonly threshold?: number } = {},
): ReliableChange {
  const total = (which: string, sv: string) => ({
    en: `ORS total ${which}`,
    sv: `ORS-summan ${sv}`,
    field: which,
  });
  const beforeTenths = toTenths(before, VAS_TOTAL_MAX, total("before", "före"));
  const afterTenths = toTenths(after, VAS_TOTAL_MAX, total("after", "efter"));
  const thresholdTenths = toTenths(
    threshold,
    VAS_TOTAL_MAX,
    {
      en: "ORS reliable change threshold",
      sv: "ORS tröskel för tillförlitlig förändring",
      field: "threshold",
    },
    true,
  );
  return classifyChange(beforeTenths, afterTenths, thresholdTenths, true);
}
