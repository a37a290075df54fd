import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Actor } from "../../../platform/auth/actor";
import { requireRole } from "../../../platform/auth/actor";
import { AppError, notFound } from "../../../platform/http/errors";
import type { ImportFile } from "./import-files";

/** A municipality's term of lessons as SS 12000 is about 2 GB. */
const MAX_UPLOAD_BYTES = 4 * 2 ** 30;
/** An uploaded file not imported within this time is removed. */
const KEEP_UNUSED_MS = 60 * 60 * 1000;
/** Folders a server left behind (it stopped with files not yet imported) go after a day. */
const KEEP_LEFT_BEHIND_MS = 24 * 60 * 60 * 1000;
const PREFIX = "kring-uploads-";

interface Upload {
  id: string;
  tenantId: string;
  userId: string;
  name: string;
  path: string;
  size: number;
  savedAt: number;
}

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
 * command line's files are read, and removed when it has finished. Personal data: only the
 * administrator who uploaded a file can import it, and nothing stays on disk for long.
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();
  private dir: string | null = null;
  // Unused files are looked for now and then; the timer does not keep the process alive.
  private readonly sweeper = setInterval(() => this.removeUnused(), KEEP_UNUSED_MS / 6).unref();

  /** When the server stops: what was uploaded and not imported goes with it. */
  close() {
    clearInterval(this.sweeper);
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  async save(actor: Actor, name: string, body: Readable): Promise<{ id: string; size: number }> {
    requireRole(actor, "administrator");
    if (!this.dir) {
      removeLeftBehind();
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
    }
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
    } catch (error) {
      fs.rmSync(file, { force: true });
      throw error;
    }
    this.uploads.set(id, {
      id,
      tenantId: actor.tenantId,
      userId: actor.userId,
      name,
      path: file,
      size,
      savedAt: Date.now(),
    });
    return { id, size };
  }

  /**
   * The uploads for one import; each can be taken once, by the administrator who sent it.
   * `discard` removes the files, once the import has finished with them.
   */
  take(actor: Actor, ids: string[]): { files: ImportFile[]; discard: () => void } {
    requireRole(actor, "administrator");
    const found = ids.map((id) => this.uploads.get(id));
    const mine = (u: Upload | undefined): u is Upload =>
      !!u && u.tenantId === actor.tenantId && u.userId === actor.userId;
    if (!found.every(mine)) throw notFound("upload");
    for (const u of found) this.uploads.delete(u.id);
    return {
      files: found.map((u) => ({
        name: u.name,
        size: u.size,
        open: () => fs.createReadStream(u.path),
      })),
      discard: () => {
        for (const u of found) fs.rmSync(u.path, { force: true });
      },
    };
  }

  private removeUnused() {
    const before = Date.now() - KEEP_UNUSED_MS;
    for (const u of this.uploads.values()) {
      if (u.savedAt < before) {
        fs.rmSync(u.path, { force: true });
        this.uploads.delete(u.id);
      }
    }
  }
}

function removeLeftBehind() {
  const before = Date.now() - KEEP_LEFT_BEHIND_MS;
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = path.join(os.tmpdir(), name);
    try {
      if (fs.statSync(dir).mtimeMs < before) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another server removed it first, or it is not ours to remove: leave it.
    }
  }
}
