import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import "../apps/server/src/platform/db/connect";
import { caseVisibleTo } from "../apps/server/src/features/cases/case-access";
import type { Actor } from "../apps/server/src/platform/auth/actor";
import type { Database } from "../apps/server/src/platform/db/schema";
import { perCaseVisible } from "../apps/server/test/authz/access-rule-reference";

// npx tsx bench/cases-access-compare.ts <database url> <username>…: the case list's query
// (limit 500) under the per-case rule of ADR 0002 and under the union of ADR 0033, for each
// person, on a database `npm run bench:cases -- --keep` left behind.

const [url, ...usernames] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 2, options: "-c jit=off" });
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
for (const username of usernames) {
  const u = await db
    .selectFrom("app_user")
    .selectAll()
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  const ms = await db
    .selectFrom("membership")
    .select(["unit_id", "role"])
    .where("user_id", "=", u.id)
    .execute();
  const actor: Actor = {
    tenantId: u.tenant_id,
    userId: u.id,
    kind: "professional",
    displayName: "",
    locale: "sv",
    memberships: ms.map((m) => ({ unitId: m.unit_id, role: m.role })),
  };
  const rules = [
    ["per-case (ADR 0002)", perCaseVisible(actor, new Date())],
    ["union (ADR 0033)", caseVisibleTo(actor)],
  ] as const;
  for (const [name, filter] of rules) {
    const q = db
      .selectFrom("cases as c")
      .innerJoin("child", "child.id", "c.child_id")
      .select(["c.id", "c.state", "child.given_name"])
      .where("c.tenant_id", "=", actor.tenantId)
      .where(filter)
      .orderBy("c.acute", "desc")
      .orderBy("c.requested_at", "desc")
      .limit(500);
    const times: number[] = [];
    let n = 0;
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      n = (await q.execute()).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${username} ${name}: ${n} cases, p50 ${times[7]!.toFixed(1)} ms, best ${times[0]!.toFixed(1)} ms`,
    );
  }
}
await db.destroy();
