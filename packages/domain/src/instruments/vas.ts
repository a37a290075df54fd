/**
 * Shared handling of the four-item visual-analogue instruments (ORS, CORS, SRS, CSRS).
 *
 * Each item is a mark on a 10 cm line, measured to the millimetre, so values are 0-10 with at
 * most one decimal. Internally everything is kept in whole tenths: 0.1 + 0.2 is not 0.3 in
 * floating point, and a total of 24.999999 must never fall on the wrong side of a cut-off of 25.
 */
import { describeValue, InstrumentInputError } from "./errors";

export const VAS_ITEM_MAX = 10;
export const VAS_TOTAL_MAX = 40;

function isOneDecimal(value: number): boolean {
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;
}

/**
 * Converts a measurement to whole tenths, or throws. `what` names the value in both
 * languages for the error message.
 */
export function toTenths(
  value: unknown,
  max: number,
  what: { readonly en: string; readonly sv: string; readonly field: string },
  minExclusive = false,
): number {
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (minExclusive ? value > 0 : value >= 0) &&
    value <= max &&
    isOneDecimal(value);
  if (!ok) {
    const from = minExclusive ? "above 0" : "from 0";
    const fromSv = minExclusive ? "över 0" : "från 0";
    throw new InstrumentInputError(
      `${what.en} must be a number ${from} to ${max} with at most one decimal, got ${describeValue(value)}`,
      `${what.sv} måste vara ett tal ${fromSv} till ${max} med högst en decimal, fick ${describeValue(value)}`,
      what.field,
    );
  }
  return Math.round(value * 10);
}

export function fromTenths(tenths: number): number {
  return tenths / 10;
}

/**
 * Reads four item values given either as a list in form order or as an object keyed by the
 * version's item keys, and returns them in tenths keyed by item.
 */
export function readVasItems<K extends string>(
  instrument: string,
  keys: readonly K[],
  items: unknown,
): Record<K, number> {
  let values: unknown[];
  if (Array.isArray(items)) {
    values = Array.from(items as unknown[]);
  } else if (typeof items === "object" && items !== null) {
    const record = items as Record<string, unknown>;
    const unexpected = Object.keys(record).filter(
      (key) => !(keys as readonly string[]).includes(key),
    );
    if (unexpected.length > 0) {
      throw new InstrumentInputError(
        `${instrument} items have unknown key(s) ${unexpected.join(", ")}; expected ${keys.join(", ")}`,
        `${instrument}-frågorna har okända nycklar ${unexpected.join(", ")}; förväntade ${keys.join(", ")}`,
        "items",
      );
    }
    values = keys.map((key) => record[key]);
  } else {
    values = [];
  }
  if (values.length !== keys.length) {
    const got = Array.isArray(items) ? `${items.length} values` : describeValue(items);
    const gotSv = Array.isArray(items) ? `${items.length} värden` : describeValue(items);
    throw new InstrumentInputError(
      `${instrument} needs ${keys.length} item values (${keys.join(", ")}), got ${got}`,
      `${instrument} behöver ${keys.length} värden (${keys.join(", ")}), fick ${gotSv}`,
      "items",
    );
  }
  const result = {} as Record<K, number>;
  keys.forEach((key, i) => {
    const what = {
      en: `${instrument} item "${key}"`,
      sv: `${instrument}-frågan "${key}"`,
      field: `items.${key}`,
    };
    result[key] = toTenths(values[i], VAS_ITEM_MAX, what);
  });
  return result;
}

export function sumTenths(items: Readonly<Record<string, number>>): number {
  return Object.values(items).reduce((sum, tenths) => sum + tenths, 0);
}

export function mapValues<K extends string>(
  record: Readonly<Record<K, number>>,
  f: (value: number) => number,
): Record<K, number> {
  return Object.fromEntries(Object.entries<number>(record).map(([k, v]) => [k, f(v)])) as Record<
    K,
    number
  >;
}
