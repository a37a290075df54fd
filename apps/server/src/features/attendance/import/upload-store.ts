import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql, type Kysely } from "kysely";
import type { Actor } from "../../../platform/auth/actor";
import { requireRole } from "../../../platform/auth/actor";
import type { Database } from "../../../platform/db/schema";
import { AppError, notFound } from "../../../platform/http/errors";
import type { ImportFile } from "./import-files";

/** A municipality's term of lessons as SS 12000 is about 2 GB. */
const MAX_UPLOAD_BYTES = 4 * 2 ** 30;
/** An uploaded file not imported within this time is removed. */
const KEEP_UNUSED_MS = 60 * 60 * 1000;

function tooLarge() {
  const gb = MAX_UPLOAD_BYTES / 2 ** 30;
  return new AppError(
    413,
    "too_large",
    `Filen är för stor: högst ${gb} GB.`,
    `The file is too large: at most ${gb} GB.`,
  );
}

/**
 * Files uploaded for an import, streamed to disk as they arrive (a term's attendance does not
 * fit in a request body held in memory), then handed to the import, which reads them as the
 * command line's files are read, and removed when it has finished. The bytes sit in the upload
 * folder (UPLOAD_DIR, one that every server reaches) and the row in the database says whose they
 * are, so the import may be started on another server than the one that took the upload
 * (ADR 0030). Personal data: only the administrator who uploaded a file can import it, and
 * nothing stays on disk for long.
 */
export class UploadStore {
  // Unused files are looked for now and then; the timer does not keep the process alive.
  private readonly sweeper = setInterval(
    () => void this.removeUnused(),
    KEEP_UNUSED_MS / 6,
  ).unref();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dir: string,
  ) {}

  close() {
    clearInterval(this.sweeper);
  }

  async save(actor: Actor, name: string, body: Readable): Promise<{ id: string; size: number }> {
    requireRole(actor, "administrator");
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    const file = path.join(this.dir, id);
    let size = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > MAX_UPLOAD_BYTES ? tooLarge() : null, chunk);
      },
    });
    try {
      await pipeline(body, counted, fs.createWriteStream(file, { mode: 0o600 }));
      await this.db
        .insertInto("attendance_upload")
        .values({ id, tenant_id: actor.tenantId, user_id: actor.userId, name, size, file: id })
        .execute();
    } catch (error) {
      fs.rmSync(file, { force: true });
      throw error;
    }
    return { id, size };
  }

  /**
   * The uploads for one import; each can be taken once, by the administrator who sent it (the
   * delete decides, so two servers cannot both take one). `discard` removes the files, once the
   * import has finished with them.
   */
  async take(actor: Actor, ids: string[]): Promise<{ files: ImportFile[]; discard: () => void }> {
    requireRole(actor, "administrator");
    if (ids.length === 0) return { files: [], discard: () => {} };
    const taken = await this.db.transaction().execute(async (trx) => {
      const rows = await trx
        .deleteFrom("attendance_upload")
        .where("id", "in", ids)
        .where("tenant_id", "=", actor.tenantId)
        .where("user_id", "=", actor.userId)
        .returning(["id", "name", "size", "file"])
        .execute();
      // All or nothing: an import with one file missing would be an import of the wrong term.
      if (rows.length !== new Set(ids).size) throw notFound("upload");
      return rows;
    });
    const paths = taken.map((u) => path.join(this.dir, u.file));
    return {
      files: ids.map((id) => {
        const u = taken.find((t) => t.id === id)!;
        return {
          name: u.name,
          size: Number(u.size),
          open: () => fs.createReadStream(path.join(this.dir, u.file)),
        };
      }),
      discard: () => {
        for (const p of paths) fs.rmSync(p, { force: true });
      },
    };
  }

  /** Any server may sweep: the delete hands each forgotten upload to one of them. */
  private async removeUnused() {
    try {
      const gone = await this.db
        .deleteFrom("attendance_upload")
        .where("saved_at", "<", sql<Date>`now() - make_interval(secs => ${KEEP_UNUSED_MS / 1000})`)
        .returning("file")
        .execute();
      for (const u of gone) fs.rmSync(path.join(this.dir, u.file), { force: true });
    } catch {
      // The database is closing or away: the next sweep tries again.
    }
  }
}
