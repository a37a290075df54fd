import type { Origin } from "./import-rows";

/** A bad row: where it is and why, in English and Swedish. Never the row's personal data. */
export interface ImportIssue {
  file: string;
  line: number | null;
  path: string | null;
  code: string;
  message: string;
  messageSv: string;
}

/** Something the import did that the sender should know (which encoding, a file left unread). */
export interface ImportNote {
  file: string;
  code: string;
  message: string;
  messageSv: string;
}

/** Enough to fix a file; more would only repeat the same mistake. */
export const MAX_REPORTED_ISSUES = 100;

/**
 * What went wrong in a batch, of two kinds (ADR 0028). A **fault** of the batch itself (a file
 * that cannot be read, a missing header, a name conflict) refuses the whole batch. A **bad
 * record** (a pupil without a usable number, an attendance whose lesson is unknown) is set aside
 * with its reason, and the rest of the batch is imported.
 */
export class ImportIssues {
  /** The faults first, then the records set aside, up to MAX_REPORTED_ISSUES. */
  readonly list: ImportIssue[] = [];
  /** Faults and records set aside, also those beyond the list. */
  count = 0;
  faults = 0;
  readonly notes: ImportNote[] = [];

  note(file: string, code: string, message: string, messageSv: string) {
    if (this.notes.length < MAX_REPORTED_ISSUES)
      this.notes.push({ file, code, message, messageSv });
  }

  /** A bad record: it is left out of the batch, the rest goes in. */
  add(origin: Origin, code: string, message: string, messageSv: string, path?: string) {
    this.count++;
    if (this.list.length >= MAX_REPORTED_ISSUES) return;
    this.list.push(issue(origin, code, message, messageSv, path));
  }

  /** Bad records counted but not listed (the database found more than the list holds). */
  addUnlisted(n: number) {
    this.count += n;
  }

  /** A fault of the batch: nothing of it is kept. Listed before the records set aside. */
  refuse(origin: Origin, code: string, message: string, messageSv: string, path?: string) {
    this.count++;
    this.faults++;
    const at = this.faults - 1;
    if (at >= MAX_REPORTED_ISSUES) return;
    this.list.splice(at, 0, issue(origin, code, message, messageSv, path));
    if (this.list.length > MAX_REPORTED_ISSUES) this.list.pop();
  }

  /** The batch is refused (rolled back). */
  get refused() {
    return this.faults > 0;
  }

  /** No point reading further: the batch is refused and the report is full. */
  get full() {
    return this.faults > 0 && this.count >= MAX_REPORTED_ISSUES;
  }
}

function issue(
  origin: Origin,
  code: string,
  message: string,
  messageSv: string,
  path?: string,
): ImportIssue {
  const at = [origin.path, path].filter(Boolean).join(".");
  return { file: origin.file, line: origin.line, path: at || null, code, message, messageSv };
}

/** Thrown inside the batch transaction so that nothing of a bad batch is kept. */
export class ImportRejected extends Error {
  constructor(readonly issues: ImportIssues) {
    super(`import rejected: ${issues.faults} fault(s)`);
  }
}

/** "file:line: reason" (or "file: path: reason"), as the CLI prints it. */
export function describeIssue(issue: ImportIssue, locale: "sv" | "en" = "en"): string {
  const line = locale === "sv" ? "rad" : "line";
  const where = [issue.file, issue.line ? `${line} ${issue.line}` : null, issue.path]
    .filter(Boolean)
    .join(": ");
  return `${where}: ${locale === "sv" ? issue.messageSv : issue.message}`;
}

export function unknownPupil(issues: ImportIssues, origin: Origin) {
  issues.add(
    origin,
    "unknown_pupil",
    "the student is not a pupil in this import or an earlier one (a person with an enrolment)",
    "eleven finns inte som elev i denna eller en tidigare import (en person med inskrivning)",
    "student",
  );
}
