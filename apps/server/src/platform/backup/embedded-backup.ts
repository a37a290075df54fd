import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

// Backups of the embedded database (ADR 0031). A backup is PGlite's own dump of its data folder
// (a gzipped tar), taken inside PGlite while no statement runs, so it is a consistent copy even
// while the server works. The server holds DATA_DIR, so `kring backup` asks it: it leaves a
// request in DATA_DIR/backup-requests and sends SIGUSR2; the server writes the file and answers
// beside the request. Whoever may write DATA_DIR may read the database anyway.

export const REQUESTS = "backup-requests";

/** Writes the dump to `file` (through a temporary name, so a half-written file never shows). */
export async function dumpEmbedded(pglite: PGlite, file: string): Promise<number> {
  const dump = await pglite.dumpDataDir("gzip");
  const bytes = Buffer.from(await dump.arrayBuffer());
  const part = `${file}.part-${process.pid}`;
  fs.writeFileSync(part, bytes, { mode: 0o600 });
  fs.renameSync(part, file);
  return bytes.length;
}

export interface BackupAnswer {
  ok: boolean;
  bytes?: number;
  error?: string;
}

/** In the server: answers the backup requests found in DATA_DIR, one after the other. */
export function answerBackupRequests(
  pglite: PGlite,
  dataDir: string,
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
): () => void {
  const dir = path.join(dataDir, REQUESTS);
  let busy = Promise.resolve();
  const answer = () => {
    busy = busy.then(async () => {
      const requests = fs.existsSync(dir)
        ? fs.readdirSync(dir).filter((n) => n.endsWith(".request.json"))
        : [];
      for (const name of requests) {
        const id = name.slice(0, -".request.json".length);
        let result: BackupAnswer;
        try {
          const { file } = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as {
            file: string;
          };
          result = { ok: true, bytes: await dumpEmbedded(pglite, file) };
          log.info({ bytes: result.bytes }, "backup written");
        } catch (error) {
          result = { ok: false, error: (error as Error).message };
          log.error({ err: { message: result.error } }, "backup failed");
        }
        fs.rmSync(path.join(dir, name), { force: true });
        fs.writeFileSync(path.join(dir, `${id}.answer.json`), JSON.stringify(result));
      }
    });
  };
  process.on("SIGUSR2", answer);
  return () => process.off("SIGUSR2", answer);
}

/** In `kring backup`: asks the server holding DATA_DIR (pid) for a backup and waits for it. */
export async function requestBackup(
  pid: number,
  dataDir: string,
  file: string,
  waitMs = 30 * 60_000,
): Promise<BackupAnswer> {
  const dir = path.join(dataDir, REQUESTS);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  fs.writeFileSync(path.join(dir, `${id}.request.json`), JSON.stringify({ file }));
  process.kill(pid, "SIGUSR2");
  const answerFile = path.join(dir, `${id}.answer.json`);
  for (const until = Date.now() + waitMs; Date.now() < until;) {
    if (fs.existsSync(answerFile)) {
      const answer = JSON.parse(fs.readFileSync(answerFile, "utf8")) as BackupAnswer;
      fs.rmSync(answerFile, { force: true });
      return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fs.rmSync(path.join(dir, `${id}.request.json`), { force: true });
  return { ok: false, error: `no answer from the server (pid ${pid})` };
}

/** Opens a backup in memory, to check it without touching DATA_DIR. */
export async function openDump(file: string): Promise<PGlite> {
  const blob = new Blob([fs.readFileSync(file)]);
  return PGlite.create({ loadDataDir: blob });
}

/**
 * Puts the backup in DATA_DIR (held by the caller). What was there is moved aside, not deleted:
 * a restore over the wrong folder loses nothing. Returns where the old files went, if any.
 */
export async function restoreEmbedded(file: string, dataDir: string): Promise<string | null> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const fresh = `${dataDir}.restoring-${stamp}`;
  const pglite = await PGlite.create(fresh, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  await pglite.close();
  // Kept in place: the lock (ours now), the uploads folder and the backup requests.
  const keep = new Set(["kring.lock", "uploads", REQUESTS]);
  const old = fs.readdirSync(dataDir).filter((n) => !keep.has(n));
  let aside: string | null = null;
  if (old.length > 0) {
    aside = `${dataDir}.before-restore-${stamp}`;
    fs.mkdirSync(aside);
    for (const n of old) fs.renameSync(path.join(dataDir, n), path.join(aside, n));
  }
  // The dump is of the whole folder: its lock, uploads and requests are the old server's, not data.
  for (const n of fs.readdirSync(fresh).filter((n) => !keep.has(n)))
    fs.renameSync(path.join(fresh, n), path.join(dataDir, n));
  fs.rmSync(fresh, { recursive: true, force: true });
  return aside;
}
