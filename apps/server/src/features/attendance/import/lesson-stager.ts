import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { ImportCounts } from "./import-counts";
import { type ImportIssues, MAX_REPORTED_ISSUES, unknownPupil } from "./import-errors";
import * as staging from "./import-lesson-staging.repository";
import type { LessonRow, Origin } from "./import-rows";

const CHUNK = 10_000;
/** Staged lessons merged at a time: large enough to sort well, small enough to show progress. */
const MERGE_ROWS = 1_000_000;

/**
 * Lessons of one batch: staged a chunk at a time while the next chunk is read and checked (the
 * database works in its own process, so the import uses both cores; at most one staging write
 * is in flight), then checked and merged every million rows and at the end.
 */
export class LessonStager {
  private buffer: { row: LessonRow; origin: Origin }[] = [];
  private staged = 0;
  private seq = 0;
  private readonly fileNames: string[] = [];
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly tenantId: string,
    private readonly issues: ImportIssues,
    private readonly counts: ImportCounts,
    /** Writes what lessons refer to (pupils, calendar events) before they are merged. */
    private readonly before: () => Promise<void>,
  ) {}

  async add(row: LessonRow, origin: Origin) {
    this.buffer.push({ row, origin });
    if (this.buffer.length >= CHUNK) await this.stage();
  }

  async stage() {
    await this.before();
    const chunk = this.buffer;
    this.buffer = [];
    await this.settle();
    if (chunk.length > 0) {
      if (this.staged === 0 && this.seq === 0) await staging.createLessonStaging(this.trx);
      const origins = chunk.map(({ origin }) => ({
        seq: this.seq++,
        file: this.fileIndex(origin.file),
        line: origin.line,
        path: origin.path,
      }));
      const write = staging.stageLessons(
        this.trx,
        chunk.map((c) => c.row),
        origins,
      );
      // Handled here so that a failure is not reported as unhandled; settle() rethrows it.
      write.catch(() => {});
      this.inFlight = write;
      this.staged += chunk.length;
    }
    if (this.staged >= MERGE_ROWS) await this.merge();
  }

  /** Checks the staged lessons' pupils and calendar events, then merges them (if all known). */
  async merge() {
    await this.settle();
    if (this.staged === 0) return;
    this.staged = 0;
    const unresolved = await staging.unresolvedLessons(
      this.trx,
      this.tenantId,
      MAX_REPORTED_ISSUES,
    );
    for (const u of unresolved) {
      const origin = { file: this.fileNames[u.file]!, line: u.line, path: u.path };
      if (u.reason === "pupil") unknownPupil(this.issues, origin);
      else {
        this.issues.add(
          origin,
          "unknown_calendar_event",
          "the calendar event is neither in this import nor in an earlier one",
          "kalenderhändelsen finns varken i denna eller i en tidigare import",
          "calendarEvent",
        );
      }
    }
    if (this.issues.any) await sql`truncate import_lesson`.execute(this.trx);
    else this.counts.lessons += await staging.mergeLessons(this.trx, this.tenantId);
  }

  private async settle() {
    const inFlight = this.inFlight;
    this.inFlight = null;
    if (inFlight) await inFlight;
  }

  private fileIndex(name: string) {
    const known = this.fileNames.indexOf(name);
    return known >= 0 ? known : this.fileNames.push(name) - 1;
  }
}
