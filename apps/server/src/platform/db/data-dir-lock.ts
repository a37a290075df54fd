import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// The embedded database is a PostgreSQL of its own inside each process: two processes on one
// DATA_DIR would each acknowledge writes the other never sees, and one side's would be lost. A
// lock file naming the holder keeps it to one process; a holder that no longer runs (killed, or
// its pid now another program's) leaves a stale lock that the next start takes over.

export class DataDirInUseError extends Error {}

interface Holder {
  pid: number;
  host: string;
  /** The process's start time in clock ticks (Linux), to tell a reused pid from the holder. */
  started: string | null;
  command: string;
}

const LOCK = "kring.lock";
// Taking over a stale lock happens under this directory (mkdir is atomic), so two processes
// starting at once cannot both remove the stale lock and both write their own.
const TAKEOVER = "kring.lock.takeover";
const held = new Set<string>();

function startTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, "utf8")) as Holder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

function running(holder: Holder): boolean {
  if (holder.host !== os.hostname()) return true; // cannot tell: assume it runs
  if (holder.pid === process.pid) return false; // an earlier process that had our pid
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  const now = startTime(holder.pid);
  return !(holder.started && now && now !== holder.started);
}

function inUse(dataDir: string, holder: Holder): DataDirInUseError {
  const where = holder.host === os.hostname() ? "" : ` on ${holder.host}`;
  return new DataDirInUseError(
    `DATA_DIR ${dataDir} is in use by another Kring process (pid ${holder.pid}${where}, "${holder.command}"). ` +
      `Stop that process first: one embedded database serves one process at a time ` +
      `(use PostgreSQL, DATABASE_URL, to run several).`,
  );
}

/** The live process holding DATA_DIR on this host, or null when none does. */
export function dataDirHolder(dataDir: string): { pid: number } | null {
  const holder = readHolder(path.join(dataDir, LOCK));
  return holder && holder.host === os.hostname() && running(holder) ? { pid: holder.pid } : null;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Takes the DATA_DIR for this process; returns the function that gives it back. */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  const file = path.join(dataDir, LOCK);
  const takeover = path.join(dataDir, TAKEOVER);
  if (held.has(file)) throw new DataDirInUseError(`DATA_DIR ${dataDir} is already open here.`);
  const me: Holder = {
    pid: process.pid,
    host: os.hostname(),
    started: startTime(process.pid),
    command: ["kring", ...process.argv.slice(2, 4)].join(" "),
  };
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: "wx" });
      return hold(file, content);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    try {
      fs.mkdirSync(takeover);
    } catch {
      // Someone else is taking over; a takeover left by a killed process expires.
      const since = fs.statSync(takeover, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 10_000) {
        fs.rmSync(takeover, { recursive: true, force: true });
      }
      await pause();
      continue;
    }
    try {
      const holder = readHolder(file);
      if (holder && running(holder)) throw inUse(dataDir, holder);
      const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      // Unreadable and fresh: its writer may be between creating and filling it.
      if (holder || age > 2_000) fs.rmSync(file, { force: true });
    } finally {
      fs.rmSync(takeover, { recursive: true, force: true });
    }
    await pause();
  }
  throw new DataDirInUseError(`DATA_DIR ${dataDir}: could not take its lock (${file}).`);
}

function hold(file: string, content: string): () => void {
  held.add(file);
  const release = () => {
    process.off("exit", release);
    if (!held.delete(file)) return;
    try {
      if (fs.readFileSync(file, "utf8") === content) fs.rmSync(file);
    } catch {
      // Already gone.
    }
  };
  process.on("exit", release);
  return release;
}
