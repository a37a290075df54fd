import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { seedDemo } from "../apps/server/src/demo/seed-demo";
import { DEMO_PASSWORD, DEMO_TENANT } from "../apps/server/src/demo/demo-structure";
import { loadConfig } from "../apps/server/src/platform/config";
// Its type parsers (bigint as number, date as text), as the server has them.
import "../apps/server/src/platform/db/connect";
import { chainAuditContinually } from "../apps/server/src/platform/audit/audit-chainer";
import { migrateToLatest } from "../apps/server/src/platform/db/migrate";
import type { Database } from "../apps/server/src/platform/db/schema";
import { refreshStatistics } from "../apps/server/src/platform/db/statistics";
import { buildApp } from "../apps/server/src/platform/http/app";
import { ADMIN_URL, databaseUrl, withAdmin } from "./attendance-setup";
import { type Probe, type Statement, call, isRead, runRaw, signIn, timed } from "./cases-measure";
import { scaleUp } from "./cases-scale";

// npm run bench:cases -- [--children 100000] [--cases 20000] [--runs 60] [--url postgres://…]
// [--keep]: the demo municipality is seeded through Kring's own code and measured (demo scale),
// then grown in SQL of the same shapes (cases-scale.ts) and measured again (large scale). Each
// request of issue #23's table is timed over HTTP at 1 and 10 concurrent users, and beside it the
// same request's SQL: the reads it ran (captured once), run raw one after the other.

const { values: opts } = parseArgs({
  options: {
    children: { type: "string", default: "100000" },
    cases: { type: "string", default: "20000" },
    runs: { type: "string", default: "60" },
    url: { type: "string", default: ADMIN_URL },
    keep: { type: "boolean", default: false },
  },
});
const RUNS = Number(opts.runs);

const name = `kring_bench_cases_${randomBytes(4).toString("hex")}`;
await withAdmin(opts.url, (c) => c.query(`create database ${name}`));
// As the server's pool (connect.ts), with each statement of a request captured when asked.
const pool = new pg.Pool({
  connectionString: databaseUrl(opts.url, name),
  max: 10,
  options: "-c jit=off",
});
pool.on("error", () => {});
let capture: Statement[] | null = null;
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (e) => {
    if (capture && e.level === "query") capture.push(e.query);
  },
});
const rawPool = new pg.Pool({
  connectionString: databaseUrl(opts.url, name),
  max: 10,
  options: "-c jit=off",
});

const ms = (v: number) => (v < 10 ? v.toFixed(1) : Math.round(v).toString());
const say = (s: string) => process.stderr.write(`${s}\n`);

try {
  await migrateToLatest(db);
  const t0 = performance.now();
  await seedDemo(db);
  say(`demo seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await refreshStatistics(db, "postgres", { alsoOnPostgres: true });
  const tenantId = (
    await db
      .selectFrom("tenant")
      .select("id")
      .where("slug", "=", DEMO_TENANT.slug)
      .executeTakeFirstOrThrow()
  ).id;

  const config = loadConfig({
    LOG_LEVEL: "silent",
    WEB_DIST: "/nonexistent",
    LOGIN_RATE_PER_MINUTE: "100000",
    CHILD_SEARCH_RATE_PER_MINUTE: "100000",
    UPLOAD_DIR: os.tmpdir(),
    DATABASE_URL: databaseUrl(opts.url, name),
  });
  const app = await buildApp({ db, dbKind: "postgres", config });
  await app.listen({ port: 0, host: "127.0.0.1" });
  // The audit chainer, as `kring serve` runs it (ADR 0043), on the same pool; its statements are
  // not the requests' own, so they are kept out of the captured reads.
  const stopChaining = chainAuditContinually(
    new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    { error: (obj, msg) => say(`${msg} ${JSON.stringify(obj)}`) },
  );
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  const probes = await choose(db);
  const results: Record<string, Record<string, string>> = {};
  const measure = async (scale: string) => {
    const sessions = new Map<string, Awaited<ReturnType<typeof signIn>>>();
    for (const p of probes)
      if (!sessions.has(p.user)) sessions.set(p.user, await signIn(base, p.user, DEMO_PASSWORD));
    for (const p of probes) {
      const s = sessions.get(p.user)!;
      await call(base, s, p);
      capture = [];
      const bytes = await call(base, s, p);
      const reads = capture.filter(isRead);
      const writes = capture.filter((q) => /^\s*(insert|update|delete)\b/i.test(q.sql)).length;
      capture = null;
      const api1 = await timed(() => call(base, s, p), 1, RUNS);
      const api10 = await timed(() => call(base, s, p), 10, RUNS * 2);
      const sql1 = await timed(() => runRaw(rawPool, reads), 1, RUNS);
      const sql10 = await timed(() => runRaw(rawPool, reads), 10, RUNS * 2);
      (results[p.label] ??= {})[scale] =
        `${ms(api1.p50)} / ${ms(api1.p95)} | ${ms(api10.p50)} / ${ms(api10.p95)} | ` +
        `${ms(sql1.p50)} | ${ms(sql10.p50)} / ${ms(sql10.p95)} | ${reads.length} | ${writes} | ${Math.round(bytes / 1024)}`;
      say(`${scale} ${p.label}: ${(results[p.label] ?? {})[scale]}`);
      if (process.env.BENCH_VERBOSE) await slowest(reads);
    }
  };

  await measure("demo");
  const t1 = performance.now();
  await scaleUp(db, tenantId, { children: Number(opts.children), cases: Number(opts.cases) });
  await refreshStatistics(db, "postgres", { alsoOnPostgres: true });
  const counts = await sql<Record<string, number>>`select
    (select count(*)::int from child) as children, (select count(*)::int from guardian) as guardians,
    (select count(*)::int from cases) as cases, (select count(*)::int from case_event) as events,
    (select count(*)::int from case_member) as members, (select count(*)::int from meeting) as meetings,
    (select count(*)::int from app_user where kind = 'professional') as staff`.execute(db);
  say(
    `grown in ${((performance.now() - t1) / 1000).toFixed(1)} s: ${JSON.stringify(counts.rows[0])}`,
  );
  await measure("large");
  await app.close();
  await stopChaining();

  console.log(
    `\nPostgreSQL, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}, ` + `${os.cpus().length} cores; large: ${JSON.stringify(counts.rows[0])}`,
  );
  console.log(
    "\nms; API = HTTP p50 / p95 at c=1 | at c=10; SQL = the request's reads run raw, " +
      "p50 at c=1 | p50 / p95 at c=10; reads and writes (audit, session) of one request; KB\n",
  );
  console.log(
    "| request | scale | API c=1 | API c=10 | SQL c=1 | SQL c=10 | reads | writes | KB |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [label, byScale] of Object.entries(results))
    for (const [scale, row] of Object.entries(byScale))
      console.log(`| ${label} | ${scale} | ${row} |`);
} finally {
  await db.destroy().catch(() => {});
  await rawPool.end().catch(() => {});
  if (!opts.keep) await withAdmin(opts.url, (c) => c.query(`drop database if exists ${name}`));
  else say(`kept database ${name}`);
}
// The server's PDF worker pool would keep the process alive.
process.exit(0);

/** Who asks what: the demo's people and cases the table measures. */
async function choose(k: Kysely<Database>): Promise<Probe[]> {
  const mentor = await sql<{ username: string }>`select u.username from cases c
    join app_user u on u.id = c.raised_by_user_id where u.username like 'mentor.%'
    group by u.username order by count(*) desc limit 1`.execute(k);
  const longCase = await sql<{ id: string; username: string }>`select c.id, u.username from cases c
    join case_member m on m.case_id = c.id and m.role = 'coordinator_lead' and m.left_at is null
    join app_user u on u.id = m.user_id
    where c.stage not in ('closed', 'declined')
    order by (select count(*) from case_event e where e.case_id = c.id) desc limit 1`.execute(k);
  const planCase = await sql<{ id: string; username: string }>`select p.case_id as id, u.username
    from plan p join case_member m on m.case_id = p.case_id and m.role = 'coordinator_lead'
      and m.left_at is null
    join app_user u on u.id = m.user_id
    where exists (select 1 from plan_version v where v.plan_id = p.id) limit 1`.execute(k);
  const c = longCase.rows[0]!;
  const p = planCase.rows[0]!;
  return [
    {
      label: "GET /api/worklist (central coordinator)",
      user: "samordnare",
      method: "GET",
      path: "/api/worklist",
    },
    {
      label: "GET /api/cases (central coordinator)",
      user: "samordnare",
      method: "GET",
      path: "/api/cases",
    },
    {
      label: "GET /api/cases (mentor)",
      user: mentor.rows[0]!.username,
      method: "GET",
      path: "/api/cases",
    },
    {
      label: "GET /api/cases/intake",
      user: "samordnare",
      method: "GET",
      path: "/api/cases/intake",
    },
    {
      label: "POST /api/children/search by name",
      user: "samordnare",
      method: "POST",
      path: "/api/children/search",
      body: { q: "Lind" },
    },
    {
      label: "GET /api/family/children",
      user: "vardnadshavare",
      method: "GET",
      path: "/api/family/children",
    },
    {
      label: "GET /api/cases/{id} (longest timeline)",
      user: c.username,
      method: "GET",
      path: `/api/cases/${c.id}`,
    },
    {
      label: "GET /api/cases/{id}/plan",
      user: p.username,
      method: "GET",
      path: `/api/cases/${p.id}/plan`,
    },
    { label: "plan PDF", user: p.username, method: "GET", path: `/api/cases/${p.id}/plan/pdf` },
  ];
}

/** The request's three slowest reads, each run raw once more (BENCH_VERBOSE). */
async function slowest(reads: Statement[]) {
  const times = [];
  for (const r of reads) {
    const t0 = performance.now();
    await runRaw(rawPool, [r]);
    times.push({ ms: performance.now() - t0, sql: r.sql.replace(/\s+/g, " ").slice(0, 160) });
  }
  times.sort((a, b) => b.ms - a.ms);
  for (const t of times.slice(0, 3)) say(`    ${ms(t.ms)} ms  ${t.sql}`);
}
