import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { ImportStatus } from "@kring/contracts";
import type { Actor } from "../../../platform/auth/actor";
import { requireRole } from "../../../platform/auth/actor";
import type { Database } from "../../../platform/db/schema";
import { notFound } from "../../../platform/http/errors";
import type { ImportFile } from "./import-files";
import { type ImportFormat, importAttendance } from "./import.service";

/** Finished jobs kept in memory for their uploader to read; older ones are in the import log. */
const KEEP_FINISHED = 50;

/**
 * Uploads run in the background so that the page can show a progress bar: the upload answers
 * at once with a job id, and the page asks for the job's progress until it has finished.
 * One registry per server process (created with the routes, not a global).
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportStatus & { tenantId: string }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** `onFinished` runs when the import has ended, however it ended (uploaded files go then). */
  start(
    actor: Actor,
    format: ImportFormat,
    files: ImportFile[],
    onFinished: () => void = () => {},
  ): string {
    requireRole(actor, "administrator");
    const id = randomUUID();
    const job: ImportStatus & { tenantId: string } = {
      id,
      tenantId: actor.tenantId,
      format,
      status: "running",
      progress: { bytesDone: 0, bytesTotal: files.reduce((n, f) => n + f.size, 0), rows: 0 },
      counts: null,
      issues: [],
      issueCount: 0,
      evaluation: null,
      startedAt: new Date().toISOString(),
    };
    this.jobs.set(id, job);
    importAttendance(this.db, actor, format, files, (p) => (job.progress = { ...p }))
      .then((result) => {
        Object.assign(job, {
          status: result.status,
          counts: { ...result.counts },
          issues: result.issues,
          issueCount: result.issueCount,
          evaluation: result.evaluation,
        });
      })
      .catch((error: unknown) => {
        job.status = "failed";
        this.onError(error);
      })
      .finally(() => {
        onFinished();
        this.forgetOld();
      });
    return id;
  }

  status(actor: Actor, id: string): ImportStatus {
    requireRole(actor, "administrator");
    const job = this.jobs.get(id);
    if (!job || job.tenantId !== actor.tenantId) throw notFound("import");
    const { tenantId: _, ...status } = job;
    return status;
  }

  /** The actor's tenant's jobs, newest first. */
  list(actor: Actor): ImportStatus[] {
    requireRole(actor, "administrator");
    return [...this.jobs.values()]
      .filter((j) => j.tenantId === actor.tenantId)
      .reverse()
      .map(({ tenantId: _, ...status }) => status);
  }

  private forgetOld() {
    const finished = [...this.jobs.values()].filter((j) => j.status !== "running");
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.id);
    }
  }
}
