import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { evaluateAttendance } from "../apps/server/src/features/attendance/evaluation/evaluation.service";
import { importAttendance } from "../apps/server/src/features/attendance/import/import.service";
import { connectDatabase } from "../apps/server/src/platform/db/connect";
import { migrateToLatest } from "../apps/server/src/platform/db/migrate";
import { nextDayFiles, schoolDaysOf, termFiles } from "./attendance-data";
import {
  MUNICIPALITY_OPTIONS,
  benchMunicipality,
  createBenchTenant,
  databaseUrl,
  seconds,
  withAdmin,
} from "./attendance-setup";

// npm run bench:attendance:increment -- [--pupils 60000] [--days 100] [--runs 5] [--fresh]
//   [--measure increment|full]
// A day's increment on PostgreSQL, measured several times under the same conditions: a
// municipality's term is imported and evaluated once into a template database, with one more
// day imported and not yet evaluated; each run evaluates that day on a fresh copy of it.
// --measure full: the template holds the imported term alone, and each run evaluates it in full.
// The template is kept between invocations (--fresh makes it anew), so comparing two builds
// costs one preparation and a few seconds a run. The machine's speed varies over a day: compare
// only figures measured one after the other.

const { values: opts } = parseArgs({
  options: {
    ...MUNICIPALITY_OPTIONS,
    runs: { type: "string", default: "5" },
    fresh: { type: "boolean", default: false },
    measure: { type: "string", default: "increment" },
  },
});

const municipality = benchMunicipality(Number(opts.pupils), Number(opts.days), 1);
const full = opts.measure === "full";
if (!full && opts.measure !== "increment") throw new Error("--measure is increment or full");
const template = `kring_${full ? "term" : "increment"}_${municipality.pupils}_${municipality.days}`;

const urlOf = (name: string) => databaseUrl(opts.url, name);
const admin = <T>(work: Parameters<typeof withAdmin<T>>[1]) => withAdmin(opts.url, work);

/** CPU seconds used so far by the local PostgreSQL server's processes (Linux /proc), or null. */
function postgresCpu(): number | null {
  try {
    let ticks = 0;
    for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (!stat.includes("(postgres)")) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    }
    return ticks / 100; // USER_HZ
  } catch {
    return null;
  }
}

/** The term imported and evaluated in full, and one more day imported (or the term alone). */
async function prepare() {
  await admin(async (c) => {
    await c.query(`drop database if exists ${template}`);
    await c.query(`create database ${template}`);
  });
  const handle = await connectDatabase({ databaseUrl: urlOf(template), dataDir: "" });
  try {
    await migrateToLatest(handle.db);
    const actor = await createBenchTenant(handle.db);
    const days = schoolDaysOf(municipality);
    process.stderr.write(`preparing ${template}: the term\n`);
    const files = termFiles(municipality, days);
    const start = performance.now();
    await importAttendance(handle.db, actor, "ss12000", files, () => {}, { evaluate: false });
    process.stderr.write(`the term imported in ${seconds(start).toFixed(1)} s\n`);
    if (full) return;
    await evaluateAttendance(handle.db, actor, { mode: "full" });
    const day = nextDayFiles(municipality, days);
    await importAttendance(handle.db, actor, "ss12000", day, () => {}, { evaluate: false });
  } finally {
    await handle.close();
  }
}

async function run(n: number) {
  const name = `${template}_run${n}`;
  await admin(async (c) => {
    await c.query(`drop database if exists ${name}`);
    await c.query(`create database ${name} template ${template} strategy file_copy`);
  });
  const handle = await connectDatabase({ databaseUrl: urlOf(name), dataDir: "" });
  try {
    const tenant = await handle.db
      .selectFrom("tenant")
      .select("id")
      .where("slug", "=", "bench")
      .executeTakeFirstOrThrow();
    const actor = { tenantId: tenant.id, userId: null, system: "bench" };
    const pgBefore = postgresCpu();
    const cpu = process.cpuUsage();
    const start = performance.now();
    const summary = await evaluateAttendance(handle.db, actor, {
      mode: full ? "full" : "pending",
    });
    const wall = seconds(start);
    const used = process.cpuUsage(cpu);
    const pgAfter = postgresCpu();
    const postgres = pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore;
    return { wall, node: (used.user + used.system) / 1e6, postgres, pupils: summary.pupils };
  } finally {
    await handle.close();
    await admin((c) => c.query(`drop database if exists ${name}`));
  }
}

const exists = await admin(
  async (c) =>
    (await c.query("select 1 from pg_database where datname = $1", [template])).rowCount === 1,
);
if (opts.fresh || !exists) await prepare();
else {
  // A template from an earlier build: brought to this build's schema (make it anew with --fresh
  // when the build changed what an import or a full evaluation writes).
  const handle = await connectDatabase({ databaseUrl: urlOf(template), dataDir: "" });
  await migrateToLatest(handle.db).finally(() => handle.close());
}
process.stdout.write(
  `${full ? "A full evaluation" : "A day's increment"} on PostgreSQL, ${municipality.pupils} pupils (${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})\n`,
);
const walls: number[] = [];
for (let n = 1; n <= Number(opts.runs); n++) {
  const r = await run(n);
  walls.push(r.wall);
  process.stdout.write(
    `run ${n}: ${r.wall.toFixed(2)} s, CPU: Node ${r.node.toFixed(2)} s, PostgreSQL ${r.postgres?.toFixed(2) ?? "?"} s; ${r.pupils} pupils\n`,
  );
}
walls.sort((a, b) => a - b);
process.stdout.write(`median ${walls[Math.floor(walls.length / 2)]!.toFixed(2)} s\n`);
