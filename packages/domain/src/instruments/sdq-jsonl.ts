/**
 * Line scorer behind `kring score sdq < answers.jsonl > scores.jsonl`.
 *
 * One bad line must not stop a batch of hundreds of questionnaires, so errors are returned as
 * values rather than thrown; the CLI decides how to report them.
 */
import { InstrumentInputError } from "./errors";
import type { SdqResult } from "./sdq-score";
import { scoreSdq } from "./sdq-score";

/** The optional `"id"` of the input line is echoed so that outputs can be matched to inputs. */
export type SdqLineId = string | number;

export type SdqLineResult =
  | { readonly ok: true; readonly output: SdqResult & { readonly id?: SdqLineId } }
  | {
      readonly ok: false;
      readonly error: string;
      readonly errorSv: string;
      readonly id?: SdqLineId;
    };

export type NumberedSdqLineResult = SdqLineResult & { readonly line: number };

/** Keys accepted on an input line; anything else is most likely a typo such as "impcat". */
const ALLOWED_KEYS: ReadonlySet<string> = new Set([
  "informant",
  "answers",
  "impact",
  "noDifficulties",
  "difficulties",
  "sdqVersion",
  "id",
]);

function failure(error: string, errorSv: string, id?: SdqLineId): SdqLineResult {
  return id === undefined ? { ok: false, error, errorSv } : { ok: false, error, errorSv, id };
}

/** Scores one JSON line: {"informant":…,"answers":[25 values],"impact":[…]}. */
export function scoreSdqJsonLine(line: string): SdqLineResult {
  // A file saved by Excel or Notepad may start with a byte order mark.
  line = line.replace(/^\uFEFF/, "");
  if (line.trim() === "") return failure("Empty line", "Tom rad");
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`Line is not valid JSON: ${detail}`, `Raden är inte giltig JSON: ${detail}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return failure(
      'Line must be a JSON object like {"informant":"parent","answers":[…]}',
      'Raden måste vara ett JSON-objekt som {"informant":"parent","answers":[…]}',
    );
  }
  const { id, difficulties, ...input } = parsed as Record<string, unknown>;
  if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
    return failure('"id" must be a string or a number', '"id" måste vara en sträng eller ett tal');
  }
  const unknown = Object.keys(input).filter((key) => !ALLOWED_KEYS.has(key));
  if (unknown.length > 0) {
    const keys = unknown.map((key) => JSON.stringify(key)).join(", ");
    return failure(`Unknown field(s): ${keys}`, `Okända fält: ${keys}`, id);
  }
  if (difficulties !== undefined && typeof difficulties !== "boolean") {
    return failure(
      '"difficulties" must be true or false',
      '"difficulties" måste vara true eller false',
      id,
    );
  }
  if (difficulties === true && input.noDifficulties === true) {
    return failure(
      '"difficulties": true contradicts "noDifficulties": true',
      '"difficulties": true motsäger "noDifficulties": true',
      id,
    );
  }
  // "difficulties": false is the answer "no" to the question whether the child has
  // difficulties; the impact questions are then skipped, and impact is 0 rather than unknown.
  if (difficulties === false) input.noDifficulties = true;
  try {
    const output = scoreSdq(input as unknown as Parameters<typeof scoreSdq>[0]);
    return { ok: true, output: id === undefined ? output : { id, ...output } };
  } catch (error) {
    if (error instanceof InstrumentInputError) return failure(error.message, error.messageSv, id);
    throw error;
  }
}

/**
 * Scores each non-blank line, numbering lines from 1 as an editor would (blank lines keep
 * their number) so an error can be traced back to the input file.
 */
export function* scoreSdqJsonLines(lines: Iterable<string>): Generator<NumberedSdqLineResult> {
  let line = 0;
  for (const text of lines) {
    line += 1;
    if (text.trim() === "") continue;
    yield { line, ...scoreSdqJsonLine(text) };
  }
}
