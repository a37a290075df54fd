import { type Transaction, sql } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { ImportCounts } from "./import-counts";
import { type ImportIssues, MAX_REPORTED_ISSUES, unknownPupil } from "./import-errors";
import * as staging from "./import-lesson-staging.repository";
import type { LessonRow, Origin } from "./import-rows";

export interface LessonBatchSizes {
  /** Lessons sent in one staging statement. */
  chunk: number;
  /** Staged lessons merged at a time: large enough to sort well, small enough to show progress. */
  merge: number;
  /** Lessons read on while the database merges; then reading waits (memory stays bounded). */
  readAhead: number;
}

export const LESSON_BATCH_SIZES: LessonBatchSizes = {
  chunk: 10_000,
  merge: 500_000,
  readAhead: 250_000,
};

/**
 * Lessons of one batch. The import keeps both cores busy: while the database stages or merges,
 * the next lessons are read, checked and encoded. Only one statement is in flight at a time (the
 * batch has one connection); chunks read meanwhile wait, encoded, until it is done, and are then
 * staged together. Every half million staged lessons, and at the end, they are checked and merged;
 * pupils' days are written once, at the end.
 */
export class LessonStager {
  private buffer: { row: LessonRow; origin: Origin }[] = [];
  private waiting: staging.EncodedLessons[] = [];
  private waitingRows = 0;
  private staged = 0;
  private seq = 0;
  private created = false;
  private merged = false;
  /** Lessons merged whose differences to pupils' days wait for finish(). */
  private daysMoved = false;
  private readonly fileNames: string[] = [];
  /** The statement in flight, with the lessons it is staging (held here until it is done). */
  private inFlight: { work: Promise<void>; rows: number; done: boolean } | null = null;

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly tenantId: string,
    private readonly issues: ImportIssues,
    private readonly counts: ImportCounts,
    /** Writes what lessons refer to (pupils, calendar events) before they are merged. */
    private readonly before: () => Promise<void>,
    private readonly sizes: LessonBatchSizes = LESSON_BATCH_SIZES,
  ) {}

  async add(row: LessonRow, origin: Origin) {
    this.buffer.push({ row, origin });
    if (this.buffer.length < this.sizes.chunk) return;
    this.encodeBuffer();
    // Records that are already in memory are read without ever leaving the microtask queue, and
    // the database's replies would wait unread (and the database idle) until reading paused.
    await new Promise(setImmediate);
    const busy = this.inFlight;
    if (busy && !busy.done && this.waitingRows + busy.rows < this.sizes.readAhead) return;
    await this.advance();
  }

  /** Writes what the lessons read so far refer to, and stages them (finish() merges the rest). */
  async stage() {
    await this.before();
    this.encodeBuffer();
    await this.settle();
    await this.stageWaiting();
    await this.settle();
  }

  /** Merges what is left, then the pupils' days; call once after the batch's last lesson. */
  async finish() {
    await this.stage();
    if (this.staged > 0) await this.checkAndMerge();
    if (this.daysMoved && !this.issues.refused) await staging.mergeDays(this.trx, this.tenantId);
  }

  /** The statement in flight is done (or reading is far enough ahead): start the next one. */
  private async advance() {
    await this.settle();
    if (this.staged >= this.sizes.merge) {
      await this.before();
      this.start(this.checkAndMerge());
    } else {
      await this.stageWaiting();
    }
  }

  /** Starts staging the waiting chunks, one statement after the other, and returns. */
  private async stageWaiting() {
    if (this.waiting.length === 0) return;
    if (!this.created) {
      await staging.createLessonStaging(this.trx);
      this.created = true;
    }
    const chunks = this.waiting;
    const rows = this.waitingRows;
    this.waiting = [];
    this.waitingRows = 0;
    this.staged += rows;
    this.start(
      (async () => {
        for (const chunk of chunks) await staging.stageLessons(this.trx, chunk);
      })(),
      rows,
    );
  }

  /**
   * Checks the staged lessons' pupils, calendar events and minutes, sets aside those that fail,
   * and merges the others (unless the batch is refused anyway).
   */
  private async checkAndMerge() {
    this.staged = 0;
    if (!this.merged) await staging.refreshReferenceStatistics(this.trx);
    this.merged = true;
    const unresolved = await staging.unresolvedLessons(
      this.trx,
      this.tenantId,
      MAX_REPORTED_ISSUES,
    );
    for (const u of unresolved) {
      const origin = { file: this.fileNames[u.file]!, line: u.line, path: u.path };
      if (u.reason === "pupil") unknownPupil(this.issues, origin);
      else if (u.reason === "minutes") {
        this.issues.add(
          origin,
          "absence_over_schedule",
          "valid and invalid absence together exceed the lesson's scheduled minutes",
          "giltig och ogiltig frånvaro är tillsammans mer än lektionens schemalagda tid",
          "invalidAbsenceMinutes",
        );
      } else {
        this.issues.add(
          origin,
          "unknown_calendar_event",
          "the calendar event is neither in this import nor in an earlier one",
          "kalenderhändelsen finns varken i denna eller i en tidigare import",
          "calendarEvent",
        );
      }
    }
    if (unresolved.length > 0) this.issues.addUnlisted(unresolved[0]!.total - unresolved.length);
    if (this.issues.refused) {
      await sql`truncate import_lesson`.execute(this.trx);
      return;
    }
    const changed = await staging.mergeLessons(this.trx, this.tenantId);
    this.counts.lessons += changed;
    if (changed > 0) this.daysMoved = true;
  }

  private encodeBuffer() {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer;
    this.buffer = [];
    const origins = chunk.map(({ origin }) => ({
      seq: this.seq++,
      file: this.fileIndex(origin.file),
      line: origin.line,
      path: origin.path,
    }));
    this.waiting.push(
      staging.encodeLessons(
        chunk.map((c) => c.row),
        origins,
      ),
    );
    this.waitingRows += chunk.length;
  }

  private start(work: Promise<void>, rows = 0) {
    const inFlight = { work, rows, done: false };
    // Handled here so that a failure is not reported as unhandled; settle() rethrows it.
    work
      .catch(() => {})
      .finally(() => {
        inFlight.done = true;
      });
    this.inFlight = inFlight;
  }

  private async settle() {
    const inFlight = this.inFlight;
    this.inFlight = null;
    if (inFlight) await inFlight.work;
  }

  private fileIndex(name: string) {
    const known = this.fileNames.indexOf(name);
    return known >= 0 ? known : this.fileNames.push(name) - 1;
  }
}
