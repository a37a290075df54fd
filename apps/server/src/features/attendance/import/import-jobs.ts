import { randomUUID } from "node:crypto";
import { sql, type Kysely, type Selectable, type Updateable } from "kysely";
import type { ImportStatus } from "@kring/contracts";
import type { Actor } from "../../../platform/auth/actor";
import { requireRole } from "../../../platform/auth/actor";
import type { Database } from "../../../platform/db/schema";
import type { AttendanceImportJobTable } from "../../../platform/db/tables/shared-by-servers";
import { notFound } from "../../../platform/http/errors";
import type { ImportFile } from "./import-files";
import { type ImportFormat, type ImportProgress, importAttendance } from "./import.service";

/** Jobs listed on the page; older ones are in the import log. */
const LIST_LATEST = 50;
/** Progress is written at most this often: the page polls about once a second. */
const PROGRESS_EVERY_MS = 1000;
/**
 * A running job not heard of for this long was on a server that stopped: shown as failed.
 * The import itself ran in one transaction, so nothing of it was kept.
 */
const SILENT_AFTER_MS = 5 * 60_000;

/**
 * Uploads run in the background so that the page can show a progress bar: the upload answers
 * at once with a job id, and the page asks for the job's progress until it has finished. The job
 * runs on the server that started it and writes its progress to the database, so the page's
 * polls may reach any server (ADR 0030).
 */
export class ImportJobs {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** `onFinished` runs when the import has ended, however it ended (uploaded files go then). */
  async start(
    actor: Actor,
    format: ImportFormat,
    files: ImportFile[],
    onFinished: () => void = () => {},
  ): Promise<string> {
    requireRole(actor, "administrator");
    const id = randomUUID();
    const progress: ImportProgress = {
      bytesDone: 0,
      bytesTotal: files.reduce((n, f) => n + f.size, 0),
      rows: 0,
    };
    await this.db
      .insertInto("attendance_import_job")
      .values({
        id,
        tenant_id: actor.tenantId,
        started_by: actor.userId,
        format,
        status: "running",
        progress: JSON.stringify(progress),
      })
      .execute();
    let written = Date.now();
    let writing: Promise<unknown> = Promise.resolve();
    const report = (p: ImportProgress) => {
      if (Date.now() - written < PROGRESS_EVERY_MS) return;
      written = Date.now();
      writing = this.update(id, { progress: JSON.stringify(p) }).catch(() => undefined);
    };
    importAttendance(this.db, actor, format, files, report)
      .then(async (result) => {
        await writing;
        await this.update(id, {
          status: result.status,
          counts: JSON.stringify(result.counts),
          issues: JSON.stringify(result.issues),
          issue_count: result.issueCount,
          notes: JSON.stringify(result.notes),
          evaluation: result.evaluation ? JSON.stringify(result.evaluation) : null,
        });
      })
      .catch(async (error: unknown) => {
        this.onError(error);
        await this.update(id, { status: "failed" }).catch(() => undefined);
      })
      .finally(onFinished);
    return id;
  }

  async status(actor: Actor, id: string): Promise<ImportStatus> {
    requireRole(actor, "administrator");
    const row = await this.db
      .selectFrom("attendance_import_job")
      .selectAll()
      .where("id", "=", id)
      .where("tenant_id", "=", actor.tenantId)
      .executeTakeFirst();
    if (!row) throw notFound("import");
    return statusOf(row);
  }

  /** The actor's tenant's latest jobs, newest first. */
  async list(actor: Actor): Promise<ImportStatus[]> {
    requireRole(actor, "administrator");
    const rows = await this.db
      .selectFrom("attendance_import_job")
      .selectAll()
      .where("tenant_id", "=", actor.tenantId)
      .orderBy("started_at", "desc")
      .limit(LIST_LATEST)
      .execute();
    return rows.map(statusOf);
  }

  private update(id: string, set: Updateable<AttendanceImportJobTable>) {
    return this.db
      .updateTable("attendance_import_job")
      .set({ ...set, updated_at: sql`now()` })
      .where("id", "=", id)
      .execute();
  }
}

function statusOf(row: Selectable<AttendanceImportJobTable>): ImportStatus {
  const silent =
    row.status === "running" && Date.now() - row.updated_at.getTime() > SILENT_AFTER_MS;
  return {
    id: row.id,
    format: row.format,
    status: silent ? "failed" : row.status,
    progress: row.progress as ImportStatus["progress"],
    counts: row.counts as ImportStatus["counts"],
    issues: row.issues as ImportStatus["issues"],
    issueCount: row.issue_count,
    notes: (row.notes ?? []) as ImportStatus["notes"],
    evaluation: row.evaluation as ImportStatus["evaluation"],
    startedAt: row.started_at.toISOString(),
  };
}
