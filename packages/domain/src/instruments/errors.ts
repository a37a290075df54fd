/**
 * Thrown when an instrument is given input it cannot score.
 *
 * Scoring is pure and never guesses: a wrongly sized answer list or an out-of-range value
 * most likely means a form was transcribed wrongly, and silently scoring it would put a
 * misleading number into a child's record. Staff in the municipality read Swedish, so the
 * error carries a Swedish text next to the English one for the UI to show.
 */
export class InstrumentInputError extends Error {
  override readonly name = "InstrumentInputError";

  constructor(
    message: string,
    /** The same problem in Swedish, for display to staff. */
    readonly messageSv: string,
    /** Dotted path of the offending field, e.g. "answers[3]", when one applies. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Renders a rejected value for an error message. Lists and objects are abbreviated so that a
 * whole answer sheet (which is personal data about a child) is never copied into logs.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (typeof value === "string")
    return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  if (Array.isArray(value)) return "[…]";
  return typeof value === "object" ? "{…}" : typeof value;
}
