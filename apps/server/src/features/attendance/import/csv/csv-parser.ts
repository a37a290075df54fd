import type { Line } from "../import-files";

/**
 * CSV as Excel writes it in Sweden: `;` between fields ("CSV (semikolonavgränsad)", "CSV UTF-8"),
 * or tabs ("Unicode-text"), fields in double quotes when they hold the separator, quotes ("" inside)
 * or line breaks. Decoding (UTF-8, UTF-16, Windows-1252) is done before (import-text.ts).
 * The separator is the one a first line `sep=;` names (Excel writes and reads it), else the one
 * of `;`, tab and `,` the header line has most of.
 */
export interface CsvRecord {
  /** The line the record starts on (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export function splitCsv(text: string, separator: string): { fields: string[]; open: boolean } {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === separator) {
      fields.push(field.trim());
      field = "";
    } else field += ch;
  }
  fields.push(quoted ? field : field.trim());
  return { fields, open: quoted };
}

const SEPARATORS = [";", "\t", ","];

/** The separator the header line has most of; `;` when it has none (a one-column file). */
export function separatorOf(header: string): string {
  const count = (sep: string) => header.split(sep).length - 1;
  return SEPARATORS.reduce((best, sep) => (count(sep) > count(best) ? sep : best), ";");
}

/** Records from lines, joining lines while a quoted field is still open. */
export async function* csvRecords(
  lines: AsyncIterable<Line>,
): AsyncGenerator<CsvRecord & { separator: string }> {
  let separator: string | null = null;
  let pending: { line: number; text: string } | null = null;
  for await (const { number, text } of lines) {
    if (separator === null) {
      const named = /^\s*"?sep=(.)"?\s*$/i.exec(text);
      separator = named ? named[1]! : separatorOf(text);
      if (named) continue;
    }
    const joined: { line: number; text: string } = pending
      ? { line: pending.line, text: `${pending.text}\n${text}` }
      : { line: number, text };
    const { fields, open } = splitCsv(joined.text, separator);
    if (open) {
      pending = joined;
      continue;
    }
    pending = null;
    if (fields.every((f) => f === "")) continue;
    yield { line: joined.line, fields, separator };
  }
  if (pending)
    yield {
      line: pending.line,
      fields: splitCsv(pending.text, separator ?? ";").fields,
      separator: separator ?? ";",
    };
}
