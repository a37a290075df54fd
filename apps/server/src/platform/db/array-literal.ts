// A column of a bulk write as one PostgreSQL array literal ("{a,b,NULL}"), sent as a single text
// parameter and cast in the statement (`${literal}::uuid[]`). node-postgres would otherwise
// inspect and escape every element of every array parameter, which for an import of millions of
// lessons cost more Node time than reading the records did. Plain values (numbers, keys, dates)
// go in as they are; anything the literal syntax could misread is quoted.

const NEEDS_QUOTES = /[",\\{}\s]|^null$|^$/i;

function element(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "t" : "f";
  if (!NEEDS_QUOTES.test(value)) return value;
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

export function arrayLiteral(values: readonly (string | number | boolean | null | undefined)[]) {
  // Joined rather than appended to: one flat string, not a chain of a million small ones.
  return `{${values.map(element).join(",")}}`;
}
