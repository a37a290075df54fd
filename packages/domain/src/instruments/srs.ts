/**
 * SRS (Session Rating Scale) and CSRS (child version), Miller & Duncan: the client's rating
 * of the alliance in a session. Four 0-10 visual-analogue items, total 0-40.
 */
import { describeValue, InstrumentInputError } from "./errors";
import { fromTenths, mapValues, readVasItems, sumTenths, toTenths, VAS_TOTAL_MAX } from "./vas";

export type SrsVersion = "SRS" | "CSRS";

/** Both versions share the item structure; only the wording differs. */
export const SRS_ITEM_KEYS = ["relationship", "goalsAndTopics", "approach", "overall"] as const;
export type SrsItemKey = (typeof SRS_ITEM_KEYS)[number];

export interface SrsInput {
  readonly version: SrsVersion;
  /** Items in form order, or keyed by item; values in cm, 0-10. */
  readonly items: readonly number[] | Readonly<Record<SrsItemKey, number>>;
}

export interface SrsConfig {
  /** Totals strictly below this signal that the alliance needs attention. */
  readonly alertBelow?: number;
}

export interface SrsResult {
  readonly version: SrsVersion;
  readonly items: Readonly<Record<SrsItemKey, number>>;
  /** Sum of the four items, 0-40, one decimal. */
  readonly total: number;
  readonly alertBelow: number;
  readonly needsAttention: boolean;
}

export const SRS_DEFAULT_ALERT_BELOW = 36;

/** Scores one SRS or CSRS form. Throws InstrumentInputError on invalid input. */
export function scoreSrs(input: SrsInput, config: SrsConfig = {}): SrsResult {
  const version = (input as { version?: unknown } | null)?.version;
  if (version !== "SRS" && version !== "CSRS") {
    throw new InstrumentInputError(
      `SRS version must be "SRS" or "CSRS", got ${describeValue(version)}`,
      `SRS-version måste vara "SRS" eller "CSRS", fick ${describeValue(version)}`,
      "version",
    );
  }
  const alertTenths = toTenths(config.alertBelow ?? SRS_DEFAULT_ALERT_BELOW, VAS_TOTAL_MAX, {
    en: "SRS alert threshold",
    sv: "SRS larmgräns",
    field: "alertBelow",
  });
  const items = readVasItems(version, SRS_ITEM_KEYS, input.items);
  const totalTenths = sumTenths(items);
  return {
    version,
    items: mapValues(items, fromTenths),
    total: fromTenths(totalTenths),
    alertBelow: fromTenths(alertTenths),
    needsAttention: totalTenths < alertTenths,
  };
}
