import { type Kysely, type Transaction, sql } from "kysely";
import { type AnyActor, hasRole } from "../../../platform/auth/actor";
import { recordAudit } from "../../../platform/audit/audit";
import type { Database } from "../../../platform/db/schema";
import { forbidden } from "../../../platform/http/errors";
import { type EvaluationSummary, evaluateAttendance } from "../evaluation/evaluation.service";
import { feedCsv } from "./csv/csv-import";
import { ImportBatch } from "./import-batch";
import { type ImportCounts, emptyCounts } from "./import-counts";
import { type ImportIssue, ImportIssues, type ImportNote, ImportRejected } from "./import-errors";
import type { ImportFile } from "./import-files";
import type { LessonBatchSizes } from "./lesson-stager";
import { feedSs12000 } from "./ss12000/ss12000-import";

export type ImportFormat = "ss12000" | "csv";

export interface ImportProgress {
  bytesDone: number;
  bytesTotal: number;
  rows: number;
}

export interface ImportResult {
  importId: string;
  status: "succeeded" | "failed";
  counts: ImportCounts;
  /** Succeeded: the records set aside. Failed: the faults that refused the batch, then those. */
  issues: ImportIssue[];
  issueCount: number;
  /** Which encoding each CSV file was read in, files left unread, … */
  notes: ImportNote[];
  /** The staircase evaluation run right after a successful import. */
  evaluation: EvaluationSummary | null;
}

/** After this many changed lessons the tables' statistics and visibility map are refreshed. */
const TIDY_AFTER_LESSONS = 100_000;

/**
 * After a bulk import: fresh statistics for the planner, and a vacuumed day table, whose pages
 * are then known to be all-visible so that reading pupils' days uses the index alone. Autovacuum
 * would get there eventually; the evaluation that follows the import needs it now. The progress
 * rows too: every merge of the import rewrote each marked pupil's row, and the evaluation writes
 * each once more, into the room the vacuum frees on its page.
 */
async function tidyAfterBulkImport(db: Kysely<Database>) {
  await sql`vacuum (analyze) attendance_day, attendance_progress`.execute(db);
  await sql`analyze attendance_lesson, attendance_external_ref, child, child_unit, unit`.execute(
    db,
  );
}

/**
 * A tenant's imports run one after the other: the merge writes a lesson or a day it did not find
 * by a plain insert (import-lesson-staging.repository.ts), true only if no other import of the
 * tenant is writing the same lessons meanwhile. Held until the transaction ends. The merge's
 * sorts of half a million staged lessons get room in memory rather than on disk.
 */
async function oneImportAtATime(trx: Transaction<Database>, tenantId: string) {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`attendance_import:${tenantId}`}, 0)),
    set_config('work_mem', '64MB', true)`.execute(trx);
}

/** Imports are run by administrators or by the system itself (the CLI, the demo). */
function requireImporter(actor: AnyActor) {
  if (actor.userId !== null && !hasRole(actor, "administrator")) throw forbidden();
}

/**
 * Imports one batch (a file, a folder or an upload) in one transaction. A bad record is set
 * aside with its reason and the rest is written; a fault of the batch itself (a file that cannot
 * be read, a missing header) refuses all of it (ADR 0028). The batch and its outcome, with what
 * was set aside, are logged and audited.
 */
export async function importAttendance(
  db: Kysely<Database>,
  actor: AnyActor,
  format: ImportFormat,
  files: ImportFile[],
  onProgress: (p: ImportProgress) => void = () => {},
  options: {
    evaluate?: boolean;
    /** How many lessons are staged and merged at a time (tests cross the boundaries). */
    lessonSizes?: LessonBatchSizes;
  } = {},
): Promise<ImportResult> {
  requireImporter(actor);
  const startedAt = new Date();
  const issues = new ImportIssues();
  const progress = { bytesDone: 0, bytesTotal: files.reduce((n, f) => n + f.size, 0), rows: 0 };
  const onBytes = (bytes: number) => {
    progress.bytesDone += bytes;
    onProgress(progress);
  };
  let counts: ImportCounts | null = null;
  const log = (trx: Parameters<typeof recordAudit>[0], status: ImportResult["status"]) =>
    trx
      .insertInto("attendance_import")
      .values({
        tenant_id: actor.tenantId,
        format,
        started_by: actor.userId,
        started_at: startedAt,
        finished_at: new Date(),
        status,
        counts: JSON.stringify(counts ?? {}),
        errors: JSON.stringify(issues.list),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  try {
    const importId = await db.transaction().execute(async (trx) => {
      await oneImportAtATime(trx, actor.tenantId);
      const batch = new ImportBatch(trx, actor.tenantId, issues, options.lessonSizes);
      if (format === "csv") await feedCsv(trx, actor.tenantId, batch, files, issues, onBytes);
      else await feedSs12000(batch, files, issues, onBytes);
      counts = await batch.finish();
      progress.rows = counts.rows;
      onProgress(progress);
      if (issues.refused) throw new ImportRejected(issues);
      const row = await log(trx, "succeeded");
      await recordAudit(trx, actor, {
        action: "attendance.import",
        entityType: "attendance_import",
        entityId: row.id,
        details: { format, files: files.length, ...counts, setAside: issues.count },
      });
      return row.id;
    });
    if (counts!.lessons >= TIDY_AFTER_LESSONS) await tidyAfterBulkImport(db);
    const evaluation =
      options.evaluate === false ? null : await evaluateAttendance(db, actor, { mode: "pending" });
    return {
      importId,
      status: "succeeded",
      counts: counts!,
      // The records set aside (ADR 0028); the rest was imported.
      issues: issues.list,
      issueCount: issues.count,
      notes: issues.notes,
      evaluation,
    };
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    const importId = await db.transaction().execute(async (trx) => {
      const row = await log(trx, "failed");
      await recordAudit(trx, actor, {
        action: "attendance.import_rejected",
        entityType: "attendance_import",
        entityId: row.id,
        details: { format, files: files.length, issues: issues.count },
      });
      return row.id;
    });
    return {
      importId,
      status: "failed",
      // Nothing was kept: only the number of rows read means anything.
      counts: { ...emptyCounts(), rows: progress.rows },
      issues: issues.list,
      issueCount: issues.count,
      notes: issues.notes,
      evaluation: null,
    };
  }
}
