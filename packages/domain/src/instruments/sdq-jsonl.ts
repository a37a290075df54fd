/**
 * Line scorer behind `kring score sdq < answers.jsonl > scores.jsonl`.
 *
 * One bad line must not stop a batch of hundreds of questionnaires, so errors are returned as
 * values rather than thrown; the CLI decides how to report them.
 */
import { InstrumentInputError } from "./errors";
import type { SdqResult } from "./sdq-score";
import { scoreSdq } from "./sdq-score";

export type SdqLineResult =
  | { readonly ok: true; readonly output: SdqResult }
  | { readonly ok: false; readonly error: string; readonly errorSv: string };

export type NumberedSdqLineResult = SdqLineResult & { readonly line: number };

/** Keys accepted on an input line; anything else is most likely a typo such as "impcat". */
const ALLOWED_KEYS: ReadonlySet<string> = new Set([
  "informant",
  "answers",
  "impact",
  "noDifficulties",
  "sdqVersion",
]);

function failure(error: string, errorSv: string): SdqLineResult {
  return { ok: false, error, errorSv };
}

/** Scores one JSON line: {"informant":…,"answers":[25 values],"impact":[…]}. */
export function scoreSdqJsonLine(line: string): SdqLineResult {
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
  const unknown = Object.keys(parsed).filter((key) => !ALLOWED_KEYS.has(key));
  if (unknown.length > 0) {
    const keys = unknown.map((key) => JSON.stringify(key)).join(", ");
    return failure(`Unknown field(s): ${keys}`, `Okända fält: ${keys}`);
  }
  try {
    return { ok: true, output: scoreSdq(parsed as Parameters<typeof scoreSdq>[0]) };
  } catch (error) {
    if (error instanceof InstrumentInputError) return failure(error.message, error.messageSv);
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
