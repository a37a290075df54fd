import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { progressBar } from "../apps/server/src/cli/import.command";
import { evaluateAttendance } from "../apps/server/src/features/attendance/evaluation/evaluation.service";
import { importAttendance } from "../apps/server/src/features/attendance/import/import.service";
import { connectDatabase, type DatabaseHandle } from "../apps/server/src/platform/db/connect";
import { migrateToLatest } from "../apps/server/src/platform/db/migrate";
import { type RawDatabase, measureBaselines } from "./attendance-baselines";
import { nextDayFiles, schoolDaysOf, termFiles } from "./attendance-data";
import {
  MUNICIPALITY_OPTIONS,
  benchMunicipality,
  createBenchTenant,
  databaseUrl,
  seconds,
  withAdmin,
} from "./attendance-setup";

// npm run bench:attendance -- [--pupils 60000] [--days 100] [--lessons 1] [--db both|postgres|pglite]
// Generates a municipality's term of lesson-level attendance as SS 12000 records, imports it,
// evaluates the staircase in full, then imports one more day and evaluates incrementally; then
// measures raw baselines on the same rows and prints each figure against its own yardstick.

const { values: opts } = parseArgs({
  options: {
    ...MUNICIPALITY_OPTIONS,
    lessons: { type: "string", default: "1" },
    db: { type: "string", default: "both" },
  },
});

const municipality = benchMunicipality(
  Number(opts.pupils),
  Number(opts.days),
  Number(opts.lessons),
);

/** Samples the process's resident memory, to show it stays flat while the data streams through. */
function memorySampler() {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    now: () => Math.round(process.memoryUsage().rss / 2 ** 20),
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20);
    },
  };
}

async function freshDatabase(
  kind: string,
): Promise<{ handle: DatabaseHandle; raw: RawDatabase; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-bench-"));
    const handle = await connectDatabase({ dataDir: dir });
    await migrateToLatest(handle.db);
    return {
      handle,
      raw: { kind: "pglite", pglite: handle.pglite! },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `kring_bench_${randomBytes(4).toString("hex")}`;
  await withAdmin(opts.url, (c) => c.query(`create database ${name}`));
  const url = databaseUrl(opts.url, name);
  const handle = await connectDatabase({ databaseUrl: url, dataDir: "" });
  await migrateToLatest(handle.db);
  return {
    handle,
    raw: { kind: "postgres", url },
    drop: async () => {
      await withAdmin(opts.url, (c) => c.query(`drop database if exists ${name}`));
    },
  };
}

async function run(kind: string) {
  const { handle, raw, drop } = await freshDatabase(kind);
  const db = handle.db;
  try {
    const actor = await createBenchTenant(db);
    const days = schoolDaysOf(municipality);
    const rows = municipality.pupils * days.length * municipality.lessons;
    process.stderr.write(`\n${kind}: importing ${rows.toLocaleString("sv-SE")} attendance rows\n`);

    const loadBefore = os.loadavg()[0]!;
    const cpuBefore = process.cpuUsage();
    const memory = memorySampler();
    const rssAt: string[] = [];
    const bar = progressBar();
    let start = performance.now();
    const files = termFiles(municipality, days);
    const imported = await importAttendance(
      db,
      actor,
      "ss12000",
      files,
      (p) => {
        bar(p);
        const quarter = Math.floor((4 * p.bytesDone) / p.bytesTotal);
        if (quarter > rssAt.length && rssAt.length < 4) rssAt.push(`${memory.now()} MB`);
      },
      { evaluate: false },
    );
    const importSeconds = seconds(start);
    const cpu = process.cpuUsage(cpuBefore);
    bar({ bytesDone: 1, bytesTotal: 1, rows: 0 }, true);
    if (imported.status !== "succeeded")
      throw new Error(JSON.stringify(imported.issues.slice(0, 5)));

    start = performance.now();
    const full = await evaluateAttendance(db, actor, { mode: "full" });
    const fullSeconds = seconds(start);

    start = performance.now();
    await importAttendance(db, actor, "ss12000", nextDayFiles(municipality, days), () => {}, {
      evaluate: false,
    });
    const dayImportSeconds = seconds(start);
    start = performance.now();
    const increment = await evaluateAttendance(db, actor, { mode: "pending" });
    const incrementSeconds = seconds(start);
    const peak = memory.stop();
    process.stderr.write(`${kind}: measuring the raw baselines (COPY, one aggregation)\n`);
    const base = await measureBaselines(raw, actor.tenantId);
    const importRate = rows / importSeconds;
    const times = (s: number) => `${(s / base.aggregationSeconds).toFixed(1)}x`;
    const steps = await db
      .selectFrom("attendance_pupil_state")
      .select((eb) => ["step", eb.fn.countAll<number>().as("n")])
      .groupBy("step")
      .orderBy("step")
      .execute();
    return {
      database: kind,
      pupils: municipality.pupils,
      "attendance rows": rows,
      "import rows/s": Math.round(rows / importSeconds),
      "import s": importSeconds.toFixed(1),
      "full evaluation s": fullSeconds.toFixed(2),
      "one more day: import s": dayImportSeconds.toFixed(2),
      "one more day: evaluation s": incrementSeconds.toFixed(2),
      "raw COPY of the term rows/s": base.copyRowsPerSecond,
      "import / raw COPY (target >= 30 %)": `${Math.round((100 * importRate) / base.copyRowsPerSecond)} %`,
      "raw aggregation per pupil s": base.aggregationSeconds.toFixed(2),
      "full evaluation / aggregation (<= 10x)": times(fullSeconds),
      "one more day / aggregation (<= 1x)": times(incrementSeconds),
      "peak RSS MB": peak,
      "Node CPU during import s": ((cpu.user + cpu.system) / 1e6).toFixed(1),
      "load average before/after": `${loadBefore.toFixed(1)} / ${os.loadavg()[0]!.toFixed(1)}`,
      "RSS at 25/50/75/100 % of import": rssAt.join(", "),
      "pupils per step": steps.map((s) => `${s.step}:${s.n}`).join(" "),
      evaluated: `${full.pupils} full, ${increment.pupils} incremental`,
    };
  } finally {
    await handle.close();
    await drop();
  }
}

const kinds = opts.db === "both" ? ["postgres", "pglite"] : [opts.db];
process.stdout.write(`Attendance benchmark (${os.cpus().length} cores, Node ${process.version})\n`);
for (const kind of kinds) {
  const result = await run(kind);
  // One block per database, printed as soon as it is measured.
  const lines = Object.entries(result).map(([k, v]) => `${k.padEnd(40)} ${String(v)}`);
  process.stdout.write(`\n${lines.join("\n")}\n`);
}
