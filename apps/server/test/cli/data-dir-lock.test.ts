import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DataDirInUseError, lockDataDir } from "../../src/platform/db/data-dir-lock";
import { type KringProcess, startKring, startServer } from "../support/kring-process";

// Real processes on one embedded database, as an operator might start them by mistake.
// Each start launches an embedded PostgreSQL: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-lock-"));
const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
const started: KringProcess[] = [];
afterAll(() => {
  for (const p of started) p.child.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const health = async (url: string) => (await fetch(`${url}/api/health`)).status;

describe("one process per DATA_DIR", () => {
  it("refuses a second process, leaves the first running, and takes over after kill -9", async () => {
    const first = await startServer(env);
    started.push(first);
    const holder = JSON.parse(fs.readFileSync(path.join(dataDir, "kring.lock"), "utf8")) as {
      pid: number;
    };
    expect(holder.pid).toBe(first.child.pid);

    const second = startKring(["audit", "verify"], env);
    started.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output().stderr).toContain(
      `DATA_DIR ${dataDir} is in use by another Kring process (pid ${first.child.pid}, "kring serve")`,
    );
    expect(await health(first.url)).toBe(200);

    first.child.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");
    // The killed server's lock is still there; the next start finds it stale and takes over.
    expect(fs.existsSync(path.join(dataDir, "kring.lock"))).toBe(true);
    const restarted = await startServer(env);
    started.push(restarted);
    expect(await health(restarted.url)).toBe(200);

    restarted.child.kill("SIGTERM");
    expect(await restarted.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "kring.lock"))).toBe(false);
  });
});

describe("a lock left by a process whose pid now belongs to another program", () => {
  const ticks = (pid: number) =>
    fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[19]!;
  const lockBy = (dir: string, pid: number, started: string) =>
    fs.writeFileSync(
      path.join(dir, "kring.lock"),
      JSON.stringify({ pid, host: os.hostname(), started, command: "kring serve" }),
    );

  it("is taken over, while a lock of the process that still runs is respected", async () => {
    const dir = fs.mkdtempSync(path.join(dataDir, "reuse-"));
    // The test runner's parent runs: as the holder it is respected, as a pid reused since, not.
    lockBy(dir, process.ppid, ticks(process.ppid));
    await expect(lockDataDir(dir)).rejects.toThrow(DataDirInUseError);
    await expect(lockDataDir(dir)).rejects.toThrow(`pid ${process.ppid}`);
    lockBy(dir, process.ppid, "1");
    const release = await lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "kring.lock"), "utf8"))).toMatchObject({
      pid: process.pid,
    });
    await expect(lockDataDir(dir)).rejects.toThrow(/already open here/);
    release();
    expect(fs.existsSync(path.join(dir, "kring.lock"))).toBe(false);
  });
});
