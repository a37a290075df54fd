/**
 * Field checks for staircase validation. Each check records an issue (with path, English and
 * Swedish text) instead of throwing, so an administrator sees every mistake in one go.
 */
import type { ConfigIssue } from "./errors";
import { describeValue } from "./errors";

export type Fields = Readonly<Record<string, unknown>>;

export class Issues {
  readonly list: ConfigIssue[] = [];

  add(path: string, code: string, message: string, messageSv: string): void {
    this.list.push({ path, code, message, messageSv });
  }
}

export function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * An object with only the allowed keys. Unknown keys are errors because a misspelt optional
 * field ("tresholdPercent") would otherwise be silently ignored and change a pupil's path.
 */
export function object(
  issues: Issues,
  value: unknown,
  path: string,
  allowed: readonly string[],
): Fields | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issues.add(path || "(root)", "type", "must be an object", "måste vara ett objekt");
    return null;
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      issues.add(at(path, key), "unknown_field", "unknown field", "okänt fält");
    }
  }
  return value as Fields;
}

export function text(issues: Issues, fields: Fields, key: string, path: string): void {
  const value = fields[key];
  if (typeof value !== "string" || value.trim() === "") {
    issues.add(
      at(path, key),
      "required",
      "must be a non-empty text",
      "måste vara en icke-tom text",
    );
  }
}

export interface NumberRule {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly optional?: boolean;
  /** The minimum itself is not allowed (e.g. a fraction must be above 0). */
  readonly aboveMin?: boolean;
}

export function number(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  rule: NumberRule,
): void {
  const value = fields[key];
  if (value === undefined && rule.optional) return;
  const ok =
    typeof value === "number" &&
    Number.isFinite(value) &&
    (rule.aboveMin ? value > rule.min : value >= rule.min) &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value));
  if (ok) return;
  const [en, sv] = rule.integer ? ["an integer", "ett heltal"] : ["a number", "ett tal"];
  const [fromEn, fromSv] = rule.aboveMin ? ["above", "över"] : ["from", "från"];
  issues.add(
    at(path, key),
    "range",
    `must be ${en} ${fromEn} ${rule.min} to ${rule.max}, got ${describeValue(value)}`,
    `måste vara ${sv} ${fromSv} ${rule.min} till ${rule.max}, fick ${describeValue(value)}`,
  );
}

export function oneOf(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  allowed: readonly string[],
  optional = false,
): void {
  const value = fields[key];
  if (value === undefined && optional) return;
  if (typeof value === "string" && allowed.includes(value)) return;
  const list = allowed.join(", ");
  issues.add(
    at(path, key),
    "enum",
    `must be one of ${list}, got ${describeValue(value)}`,
    `måste vara något av ${list}, fick ${describeValue(value)}`,
  );
}

export function optionalBoolean(issues: Issues, fields: Fields, key: string, path: string): void {
  const value = fields[key];
  if (value !== undefined && typeof value !== "boolean") {
    issues.add(at(path, key), "type", "must be true or false", "måste vara true eller false");
  }
}

/** A non-empty list; returns its items for further checks, or null. */
export function list(
  issues: Issues,
  fields: Fields,
  key: string,
  path: string,
  what: [string, string],
): readonly unknown[] | null {
  const value = fields[key];
  if (!Array.isArray(value) || value.length === 0) {
    issues.add(
      at(path, key),
      "empty",
      `must list at least one ${what[0]}`,
      `måste innehålla minst ${what[1]}`,
    );
    return null;
  }
  return value as readonly unknown[];
}
