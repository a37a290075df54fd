import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { makePersonalNumber } from "@kring/domain";
import pg from "pg";
import { addDays, stockholmDate } from "@kring/domain/cases";
import { childLog, userLog } from "../apps/server/src/features/log-review/logs.service";
import { findings } from "../apps/server/src/features/log-review/findings.service";
import type { Actor } from "../apps/server/src/platform/auth/actor";
import { connectDatabase } from "../apps/server/src/platform/db/connect";
import { migrateToLatest } from "../apps/server/src/platform/db/migrate";
import { ADMIN_URL, databaseUrl, seconds, withAdmin } from "./attendance-setup";

// npm run bench:audit -- [--entries 10000000] [--children 20000] [--users 2000] [--url URL] [--keep]
// Builds a year of audit log in a fresh PostgreSQL database (rows of the real table's shape,
// written by SQL: the chain's hashes are stand-ins, `audit verify` is not the point here), then
// times the access-log review's queries through their services (issue #21): one child's year,
// one person's month and year, and the findings of a day, a week and a month.

const { values: opts } = parseArgs({
  options: {
    entries: { type: "string", default: "10000000" },
    children: { type: "string", default: "20000" },
    users: { type: "string", default: "2000" },
    url: { type: "string", default: ADMIN_URL },
    keep: { type: "boolean", default: false },
  },
});
const ENTRIES = Number(opts.entries);
const CHILDREN = Number(opts.children);
const USERS = Number(opts.users);
const BATCH = 1_000_000;
const ACTIONS = [
  "case.read",
  "child.read",
  "plan.read",
  "meeting.read",
  "instrument.list",
  "worklist.read",
  "attendance.pupil_read",
  "case.list_coordination",
];

const log = (text: string) => process.stderr.write(`${text}\n`);

async function main() {
  const name = `kring_bench_audit_${randomBytes(4).toString("hex")}`;
  await withAdmin(opts.url, (c) => c.query(`create database ${name}`));
  const handle = await connectDatabase({ databaseUrl: databaseUrl(opts.url, name), dataDir: "" });
  const db = handle.db;
  let client: pg.Client | null = null;
  try {
    await migrateToLatest(db);
    const tenant = await db
      .insertInto("tenant")
      .values({ slug: "bench", name: "Benchkommun" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const org = await db
      .insertInto("organisation")
      .values({ tenant_id: tenant.id, name: "Benchkommun", kind: "municipality" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const t0 = performance.now();
    // One connection for the raw statements: the temporary tables live in its session.
    const session = new pg.Client({ connectionString: databaseUrl(opts.url, name) });
    client = session;
    await session.connect();
    const raw = async (text: string, params: unknown[] = []) =>
      (await session.query(text, params)).rows as unknown[];
    // 100 schools, users and children spread over them.
    await raw(
      `insert into unit (tenant_id, organisation_id, name, kind)
       select $1, $2, 'Skola ' || g, 'school' from generate_series(1, 100) g`,
      [tenant.id, org.id],
    );
    await raw(
      `insert into app_user (tenant_id, username, display_name, kind, password_hash)
       select $1, 'user' || g, 'Person ' || g, 'professional', 'x' from generate_series(1, $2::int) g`,
      [tenant.id, USERS],
    );
    await raw(
      `insert into membership (tenant_id, user_id, unit_id, role)
       select u.tenant_id, u.id, (select id from unit where tenant_id = $1 order by name offset (abs(hashtext(u.username)) % 100) limit 1),
         case when abs(hashtext(u.username)) % 10 = 0 then 'school_nurse' else 'teacher_mentor' end
       from app_user u where u.tenant_id = $1`,
      [tenant.id],
    );
    await raw(
      `insert into child (tenant_id, personal_number, given_name, family_name, birth_date, protected_identity)
       select $1, lpad(g::text, 12, '0'), 'Barn', 'Nummer ' || g, date '2012-01-01' + (g % 3000),
         g % 500 = 0
       from generate_series(1, $2::int) g`,
      [tenant.id, CHILDREN],
    );
    await raw(
      `insert into child_unit (tenant_id, child_id, unit_id, from_date)
       select c.tenant_id, c.id, (select id from unit where tenant_id = $1 order by name offset (abs(hashtext(c.personal_number)) % 100) limit 1), date '2020-08-15'
       from child c where c.tenant_id = $1`,
      [tenant.id],
    );
    // A case for every second child, raised by a person at the child's school, with that person
    // and one more in its network: the basis of each entry is looked up against these.
    await raw(
      `insert into cases (tenant_id, child_id, raised_by_user_id, raised_by_unit_id, raised_by_role,
         requested_at, concern, stage, state)
       select c.tenant_id, c.id, m.user_id, cu.unit_id, 'teacher_mentor', now() - interval '200 days',
         'Oro', 'interventions', '{}'::jsonb
       from child c join child_unit cu on cu.child_id = c.id
       join lateral (select user_id from membership where unit_id = cu.unit_id limit 1) m on true
       where c.tenant_id = $1 and right(c.personal_number, 1) in ('0', '2', '4', '6', '8')`,
      [tenant.id],
    );
    await raw(
      `insert into case_member (tenant_id, case_id, role, user_id, unit_id, joined_at)
       select c.tenant_id, c.id, 'participant', u.id, ms.unit_id, now() - interval '200 days'
       from cases c
       join app_user u on u.tenant_id = c.tenant_id
         and u.username = 'user' || (1 + abs(hashtext(c.id::text)) % $2)
       join membership ms on ms.user_id = u.id
       where c.tenant_id = $1`,
      [tenant.id, USERS],
    );
    // Load without the secondary indexes, then build them as the migrations define them.
    const indexes = (await raw(
      `select indexname, indexdef from pg_indexes where tablename = 'audit_event' and indexname <> 'audit_event_pkey'`,
    )) as { indexname: string; indexdef: string }[];
    for (const i of indexes) await raw(`drop index ${i.indexname}`);
    await raw(
      `create temp table bench_user as select row_number() over (order by id) - 1 as n, id from app_user where tenant_id = $1`,
      [tenant.id],
    );
    await raw(
      `create temp table bench_child as select row_number() over (order by id) - 1 as n, id from child where tenant_id = $1`,
      [tenant.id],
    );
    await raw(`create unique index on bench_user (n)`);
    await raw(`create unique index on bench_child (n)`);
    await raw(`analyze bench_user`);
    await raw(`analyze bench_child`);
    log(`  units, people and children: ${seconds(t0).toFixed(1)} s`);
    const start = Date.now() - 365 * 86_400_000;
    const step = (365 * 86_400_000) / ENTRIES;
    for (let from = 1; from <= ENTRIES; from += BATCH) {
      const to = Math.min(ENTRIES, from + BATCH - 1);
      await raw(
        `insert into audit_event (tenant_id, seq, at, actor_user_id, action, entity_type, entity_id, child_id, reason, details, prev_hash, hash)
         select $1, g, to_timestamp(($2::float8 + g * $3::float8) / 1000),
           u.id, (array[${ACTIONS.map((a) => `'${a}'`).join(",")}])[1 + g % ${ACTIONS.length}],
           'child', null, case when g % 10 = 9 then null else c.id end, null, '{}'::jsonb,
           md5((g - 1)::text), md5(g::text)
         from generate_series($4::bigint, $5::bigint) g
         join bench_user u on u.n = (g * 7919) % $6
         join bench_child c on c.n = (g * 104729 + g / 97) % $7`,
        [tenant.id, start, step, from, to, USERS, CHILDREN],
      );
      log(`  ${to.toLocaleString("sv-SE")} entries (${seconds(t0).toFixed(0)} s)`);
    }
    for (const i of indexes) {
      const t = performance.now();
      await raw(i.indexdef);
      log(`  index ${i.indexname}: ${seconds(t).toFixed(1)} s`);
    }
    await raw(`insert into audit_head (tenant_id, seq, hash) values ($1, $2, md5($3))`, [
      tenant.id,
      ENTRIES,
      String(ENTRIES),
    ]);
    await raw(`analyze`);
    log(`built ${ENTRIES.toLocaleString("sv-SE")} entries in ${seconds(t0).toFixed(0)} s`);

    const reviewer = await db
      .insertInto("app_user")
      .values({
        tenant_id: tenant.id,
        username: "granskare",
        display_name: "Granskare",
        kind: "professional",
        password_hash: "x",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      tenantId: tenant.id,
      userId: reviewer.id,
      kind: "professional",
      displayName: "Granskare",
      locale: "sv",
      memberships: [{ unitId: "00000000-0000-0000-0000-000000000000", role: "log_reviewer" }],
    };
    const today = stockholmDate(new Date());
    const back = (days: number) => ({ from: addDays(today, -days), to: today });
    // The child asked about gets a valid personal number, as the reviewer types one.
    const personalNumber = makePersonalNumber("2014-06-15", 123);
    await db
      .updateTable("child")
      .set({ personal_number: personalNumber })
      .where("tenant_id", "=", tenant.id)
      .where("personal_number", "=", String(Math.floor(CHILDREN / 2)).padStart(12, "0"))
      .execute();
    const busy = "user42";
    const timed = async (label: string, work: () => Promise<{ count: number }>) => {
      const times: number[] = [];
      let count = 0;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        count = (await work()).count;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(40)} ${times[1]!.toFixed(0).padStart(6)} ms (median of 3)  ${count} rows`,
      );
    };
    console.log(
      `\naudit log: ${ENTRIES.toLocaleString("sv-SE")} entries, ${CHILDREN} children, ${USERS} users, one year`,
    );
    await timed("one child's log, a year", async () => ({
      count: (await childLog(db, actor, { personalNumber, ...back(365) }, 100_000)).entries.length,
    }));
    await timed("one person's log, a month", async () => ({
      count: (await userLog(db, actor, { username: busy, ...back(30) })).entries.length,
    }));
    await timed("one person's log, a year (first 2000)", async () => ({
      count: (await userLog(db, actor, { username: busy, ...back(365) })).entries.length,
    }));
    for (const [label, days] of [
      ["a day", 0],
      ["a week", 6],
      ["a month", 29],
    ] as const)
      await timed(`findings, ${label}`, async () => ({
        count: (await findings(db, actor, back(days))).findings.length,
      }));
  } finally {
    await client?.end();
    await handle.close();
    if (!opts.keep)
      await withAdmin(opts.url, (c) => c.query(`drop database if exists ${name} with (force)`));
    else log(`kept database ${name}`);
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
