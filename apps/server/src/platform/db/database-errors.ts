// What a database error says, without what it was given. Errors from PostgreSQL and PGlite carry
// the statement's parameters, the offending value in their message and detail (a name, a personal
// number), so only the SQLSTATE and the names of schema objects ever leave this file.

/** The SQLSTATE of a database error (`23505`), or undefined for any other error. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export type InputFault = "unreadable" | "out_of_range" | "unknown_reference" | "duplicate";

// Errors that only input can cause: a value the column cannot hold, a reference to a row that
// is not there, a duplicate. The contract rules (packages/contracts/src/input.ts) refuse these
// first; this is the last line of defence, so a gap in a schema is a 400/409, not a 500.
const INPUT_FAULTS: Record<string, InputFault> = {
  "22021": "unreadable", // character not in repertoire (NUL)
  "22P05": "unreadable", // untranslatable character (\u0000 in JSON)
  "22P02": "unreadable", // invalid text representation (broken JSON, a non-number)
  "22007": "unreadable", // invalid datetime format
  "22001": "out_of_range", // string too long for the column
  "22003": "out_of_range", // numeric value out of range
  "22008": "out_of_range", // datetime field overflow (year 0000)
  "54000": "out_of_range", // program limit exceeded (a value too large to index)
  "23503": "unknown_reference", // foreign key violation
  "23505": "duplicate", // unique violation
};

/** The input fault behind a database error, if input alone can have caused it. */
export const inputFaultOf = (error: unknown): InputFault | undefined => {
  const state = sqlState(error);
  return state ? INPUT_FAULTS[state] : undefined;
};

/** An error as it may be logged: kind, SQLSTATE, schema names and the stack's frames. */
export function loggableError(error: unknown): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: "", stack: "" };
  const state = sqlState(error);
  const e = error as Error & Record<string, unknown>;
  const names = ["routine", "table", "column", "constraint", "dataType"] as const;
  return {
    type: error.constructor.name,
    // A database message names the value it refused; other messages are the code's own words.
    message: state ? "(database error: values withheld)" : error.message.slice(0, 300),
    code: state ?? (typeof e.code === "string" ? e.code : undefined),
    ...Object.fromEntries(names.filter((n) => typeof e[n] === "string").map((n) => [n, e[n]])),
    stack: (error.stack ?? "")
      .split("\n")
      .filter((line) => line.trimStart().startsWith("at "))
      .join("\n"),
    ...(error.cause ? { cause: loggableError(error.cause) } : {}),
  };
}

export interface LoggableError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}
