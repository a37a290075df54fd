import type { TFunction } from "i18next";
import type { FieldError } from "../../../platform/api/api-error";

// The server names each problem in a wording file by its path ("forms/CORS/items/me/label") and
// a technical English message. An administrator fixing the file needs the place in words, the
// line to look at, and what is wrong in their language.

type T = TFunction<"admin">;
const NAMED_KEYS = new Set([
  "format",
  "instrument",
  "language",
  "source",
  "forms",
  "title",
  "instructions",
  "options",
  "items",
  "difficultiesQuestion",
  "difficultiesOptions",
  "impactItems",
  "impactOptions",
  "label",
  "low",
  "high",
]);
// Containers whose child names the place well enough on its own.
const CONTAINERS = new Set(["forms", "items", "impactItems"]);

function segmentsOf(field: string): string[] {
  return field.split(".").filter(Boolean);
}

/** "forms.CORS.items.me.label" → "formuläret CORS, skalan me, etiketten (”label”)". */
export function describePlace(t: T, field: string): string {
  const segments = segmentsOf(field);
  if (segments.length === 0) return t("wording.path.file");
  const words = segments.flatMap((segment, i) => {
    const parent = segments[i - 1];
    if (CONTAINERS.has(segment) && i < segments.length - 1) return [];
    if (/^\d+$/.test(segment)) {
      const n = Number(segment) + 1;
      return [parent === "items" ? t("wording.path.item", { n }) : t("wording.path.option", { n })];
    }
    if (parent === "forms") return [t("wording.path.form", { key: segment })];
    if (parent === "items") return [t("wording.path.scale", { key: segment })];
    if (parent === "impactItems") return [t("wording.path.impact", { key: segment })];
    if (NAMED_KEYS.has(segment)) return [t(`wording.path.key.${segment as "format"}`)];
    return [`”${segment}”`];
  });
  const text = words.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The server's message in plain words where we recognise it, otherwise as it came. */
export function explainProblem(t: T, message: string): string {
  const tooLong = /expected string to have <=(\d+)/.exec(message);
  const count = /expected array to have exactly (\d+)/.exec(message);
  const unknown = /Unrecognized keys?: (.+)$/.exec(message);
  if (/expected string to have >=1/.test(message)) return t("wording.problem.empty");
  if (tooLong) return t("wording.problem.tooLong", { max: tooLong[1] });
  if (count) return t("wording.problem.count", { n: count[1] });
  if (/received undefined/.test(message)) return t("wording.problem.missing");
  if (unknown) return t("wording.problem.unknownKey", { keys: unknown[1] });
  if (/expected string/.test(message)) return t("wording.problem.notText");
  if (/holds no form/.test(message)) return t("wording.problem.noForm");
  if (/^Invalid (input|option)/.test(message)) return t("wording.problem.wrongValue");
  return message;
}

/**
 * The line of the file where a problem sits: each key of the path is looked up after the one
 * before it, so "items" is found inside the right form. A missing key stops at its parent.
 */
export function lineOf(text: string, field: string): number | null {
  let position = -1;
  for (const segment of segmentsOf(field)) {
    if (/^\d+$/.test(segment)) break;
    const next = text.indexOf(`"${segment}"`, Math.max(position, 0));
    if (next < 0) break;
    position = next;
  }
  return position < 0 ? null : text.slice(0, position).split("\n").length;
}

export interface FileProblem {
  place: string;
  problem: string;
  line: number | null;
}

export function fileProblems(t: T, text: string, errors: FieldError[]): FileProblem[] {
  return errors.map((e) => ({
    place: describePlace(t, e.field),
    problem: explainProblem(t, e.message),
    line: lineOf(text, e.field),
  }));
}

/** V8 names the position of a JSON syntax error; the line and column are what an editor shows. */
export function jsonSyntaxPlace(text: string, error: unknown) {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (!match) return null;
  const before = text.slice(0, Number(match[1])).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
