import { sql } from "kysely";
import { DEMO_PASSWORD } from "../../../src/demo/demo-structure";
import { seedDemo } from "../../../src/demo/seed-demo";
import { hashPassword } from "../../../src/platform/auth/password";
import { type Client, loginAs, type TestApp } from "../test-app";

// The seeded world the fuzz test runs in: the demo municipality, signed in as a few roles so that
// requests get past authentication, and the ids of its rows so that they reach the handlers.

/** Who the fuzz test signs in as (README, demo users). */
export const FUZZ_USERS = [
  "admin",
  "samordnare",
  "socialsekreterare",
  "mentor.mariehem",
  "rektor.mariehem",
  "skolskoterska.mariehem",
  "narvaroteam",
  "analytiker",
  "vardnadshavare",
  "barn",
] as const;

interface Row {
  id: string;
  case_id?: string | null;
}

export interface FuzzWorld {
  clients: Map<string, Client | null>;
  /** Rows with a uuid id, per table (the fuzz users' own accounts and memberships left out). */
  rows: Map<string, Row[]>;
  /** Which fuzz users are members of each case. */
  caseMembers: Map<string, string[]>;
  /** The demo's names and personal numbers: text for bodies, and what no log may hold. */
  personalData: { names: string[]; numbers: string[] };
  /** Signs a fuzz user in again after a request ended the session or changed the account. */
  relogin(username: string): Promise<void>;
}

export async function fuzzWorld(t: TestApp): Promise<FuzzWorld> {
  await seedDemo(t.db);
  const clients = new Map<string, Client | null>();
  for (const username of FUZZ_USERS)
    clients.set(username, await loginAs(t.app, username, DEMO_PASSWORD).catch(() => null));
  const users = await t.db
    .selectFrom("app_user")
    .select(["id", "username"])
    .where("username", "in", [...FUZZ_USERS])
    .execute();
  const fuzzUserIds = users.map((u) => u.id);
  const tables = await sql<{ table_name: string; has_case: boolean }>`
    select c.table_name,
      exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema
        and k.table_name = c.table_name and k.column_name = 'case_id') as has_case
    from information_schema.columns c
    where c.table_schema = 'public' and c.column_name = 'id' and c.data_type = 'uuid'`.execute(
    t.db,
  );
  const rows = new Map<string, Row[]>();
  for (const { table_name: table, has_case: hasCase } of tables.rows) {
    const columns = hasCase ? sql`id, case_id` : sql`id`;
    const own =
      table === "app_user"
        ? sql`where id not in (${sql.join(fuzzUserIds)})`
        : table === "membership"
          ? sql`where user_id not in (${sql.join(fuzzUserIds)})`
          : sql``;
    const found =
      await sql<Row>`select ${columns} from ${sql.table(table)} ${own} order by id limit 400`.execute(
        t.db,
      );
    rows.set(table, found.rows);
  }
  const members = await t.db
    .selectFrom("case_member as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select(["m.case_id", "u.username"])
    .where("u.username", "in", [...FUZZ_USERS])
    .execute();
  const caseMembers = new Map<string, string[]>();
  for (const m of members)
    caseMembers.set(m.case_id, [...(caseMembers.get(m.case_id) ?? []), m.username]);
  const people = [
    ...(await t.db
      .selectFrom("child")
      .select(["given_name", "family_name", "personal_number"])
      .execute()),
    ...(await t.db
      .selectFrom("guardian")
      .select(["given_name", "family_name", "personal_number"])
      .execute()),
  ];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return {
    clients,
    rows,
    caseMembers,
    personalData: {
      names: [...new Set(people.map((p) => `${p.given_name} ${p.family_name}`))],
      numbers: [...new Set(people.flatMap((p) => (p.personal_number ? [p.personal_number] : [])))],
    },
    async relogin(username) {
      // The fuzz may have deactivated, locked or re-passworded the account: restore it first.
      await t.db
        .updateTable("app_user")
        .set({ active: true, failed_logins: 0, locked_until: null, password_hash: passwordHash })
        .where("username", "=", username)
        .execute();
      clients.set(username, await loginAs(t.app, username, DEMO_PASSWORD).catch(() => null));
    },
  };
}
