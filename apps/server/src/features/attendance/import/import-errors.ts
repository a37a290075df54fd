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

export class ImportIssues {
  readonly list: ImportIssue[] = [];
  count = 0;
  readonly notes: ImportNote[] = [];

  note(file: string, code: string, message: string, messageSv: string) {
    if (this.notes.length < MAX_REPORTED_ISSUES)
      this.notes.push({ file, code, message, messageSv });
  }

  add(origin: Origin, code: string, message: string, messageSv: string, path?: string) {
    this.count++;
    if (this.list.length >= MAX_REPORTED_ISSUES) return;
    const at = [origin.path, path].filter(Boolean).join(".");
    this.list.push({
      file: origin.file,
      line: origin.line,
      path: at || null,
      code,
      message,
      messageSv,
    });
  }

  get any() {
    return this.count > 0;
  }

  /** No point reading further: the report is full and the batch will be rolled back. */
  get full() {
    return this.count >= MAX_REPORTED_ISSUES;
  }
}

/** Thrown inside the batch transaction so that nothing of a bad batch is kept. */
export class ImportRejected extends Error {
  constructor(readonly issues: ImportIssues) {
    super(`import rejected: ${issues.count} bad row(s)`);
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
