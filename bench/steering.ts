import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { seedDemo } from "../apps/server/src/demo/seed-demo";
import { DEMO_TENANT } from "../apps/server/src/demo/demo-structure";
import { steeringSeries } from "../apps/server/src/features/steering/steering-series.service";
import { steeringIndicators } from "../apps/server/src/features/steering/steering.service";
import { connectDatabase, type DatabaseHandle } from "../apps/server/src/platform/db/connect";
import { migrateToLatest } from "../apps/server/src/platform/db/migrate";
import { refreshStatistics } from "../apps/server/src/platform/db/statistics";
import { ADMIN_URL, databaseUrl, withAdmin } from "./attendance-setup";
import { scaleUp } from "./cases-scale";
import { scaleSteering } from "./steering-scale";

// npm run bench:steering -- [--cases 100000] [--runs 7] [--db both|postgres|pglite] [--url …]
// The demo municipality, grown to `cases` cases in SQL of Kring's own shapes (cases-scale.ts:
// events, meetings, networks; steering-scale.ts: plans, SDQs, pupils on the staircase), then the
// steering figures timed as the pages ask for them: the overview of the whole municipality for a
// year, and one indicator's page (its trend, twelve months). Targets on PostgreSQL (issue 20):
// overview < 300 ms, indicator page < 150 ms.

const { values: opts } = parseArgs({
  options: {
    cases: { type: "string", default: "100000" },
    runs: { type: "string", default: "7" },
    db: { type: "string", default: "both" },
    url: { type: "string", default: ADMIN_URL },
    keep: { type: "boolean", default: false },
  },
});
const CASES = Number(opts.cases);
const RUNS = Number(opts.runs);
const say = (s: string) => process.stderr.write(`${s}\n`);

async function freshDatabase(
  kind: string,
): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-bench-steering-"));
    const handle = await connectDatabase({ dataDir: dir });
    return { handle, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `kring_bench_steering_${randomBytes(4).toString("hex")}`;
  say(`database ${name}`);
  await withAdmin(opts.url, (c) => c.query(`create database ${name}`));
  const handle = await connectDatabase({ databaseUrl: databaseUrl(opts.url, name), dataDir: "" });
  return {
    handle,
    drop: () =>
      withAdmin(opts.url, (c) => c.query(`drop database if exists ${name}`)).then(() => {}),
  };
}

/** Median and slowest of `runs` timed calls, after one untimed call to warm caches. */
async function timed(work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, max: times.at(-1)! };
}

async function run(kind: string) {
  const { handle, drop } = await freshDatabase(kind);
  const db = handle.db;
  try {
    await migrateToLatest(db);
    let t0 = performance.now();
    await seedDemo(db);
    const tenantId = (
      await db
        .selectFrom("tenant")
        .select("id")
        .where("slug", "=", DEMO_TENANT.slug)
        .executeTakeFirstOrThrow()
    ).id;
    const demoCases = Number(
      (await sql<{ n: number }>`select count(*)::int as n from cases`.execute(db)).rows[0]!.n,
    );
    await scaleUp(db, tenantId, {
      children: Math.max(1000, Math.round(CASES / 2)),
      cases: Math.max(0, CASES - demoCases),
    });
    await scaleSteering(db, tenantId);
    await refreshStatistics(db, kind === "postgres" ? "postgres" : "pglite", {
      alsoOnPostgres: true,
    });
    const counts = (
      await sql<Record<string, number>>`select (select count(*)::int from cases) as cases,
        (select count(*)::int from case_event) as events, (select count(*)::int from meeting) as meetings,
        (select count(*)::int from plan) as plans,
        (select count(*)::int from instrument_response) as instruments,
        (select count(*)::int from attendance_pupil_state) as pupils`.execute(db)
    ).rows[0]!;
    say(
      `${kind}: data in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}`,
    );

    // As an analyst reads them (the whole municipality), through the same services as the API.
    const actor = { tenantId, userId: null, system: "bench" };
    const today = stockholmDate(new Date());
    const year = { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
    t0 = performance.now();
    const overview = await timed(() => steeringIndicators(db, actor, year, today));
    const page = await timed(() =>
      steeringSeries(
        db,
        actor,
        { indicator: "contact_within_deadline", size: "month", to: today, count: 12 },
        today,
      ),
    );
    const attendance = await timed(() =>
      steeringSeries(
        db,
        actor,
        { indicator: "attendance_step_1", size: "month", to: today, count: 12 },
        today,
      ),
    );
    say(`${kind}: timed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return { kind, counts, overview, page, attendance };
  } finally {
    await handle.close().catch(() => {});
    if (opts.keep && kind === "postgres") say(`kept the database (--keep)`);
    else await drop();
  }
}

const kinds = opts.db === "both" ? ["postgres", "pglite"] : [opts.db];
const results = [];
for (const kind of kinds) results.push(await run(kind));
const ms = (v: number) => Math.round(v).toString();
console.log(
  `\nload ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")} (1, 5, 15 min), ${os.cpus().length} cores; ` +
    `median / slowest of ${RUNS} runs, ms\n`,
);
console.log(
  "| database | data | overview, a year (< 300) | indicator page, 12 months (< 150) | attendance indicator page |",
);
console.log("|---|---|---|---|---|");
for (const r of results)
  console.log(
    `| ${r.kind} | ${r.counts.cases} cases, ${r.counts.events} events, ${r.counts.meetings} meetings, ` +
      `${r.counts.plans} plans, ${r.counts.instruments} instruments, ${r.counts.pupils} pupils on the staircase | ` +
      `${ms(r.overview.p50)} / ${ms(r.overview.max)} | ${ms(r.page.p50)} / ${ms(r.page.max)} | ` +
      `${ms(r.attendance.p50)} / ${ms(r.attendance.max)} |`,
  );
process.exit(0);
