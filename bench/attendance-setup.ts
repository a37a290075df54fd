import type { Kysely } from "kysely";
import pg from "pg";
import { DANDERYD_STAIRCASE } from "@kring/domain/attendance";
import type { Database } from "../apps/server/src/platform/db/schema";
import type { Municipality } from "./attendance-data";

// What the attendance benchmarks share: the municipality's shape, the PostgreSQL server they
// make their databases on, and the tenant they import into.

/** The server's database the benchmarks connect to first, to create and drop their own. */
export const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** The command-line options both benchmarks take (node:util parseArgs). */
export const MUNICIPALITY_OPTIONS = {
  pupils: { type: "string", default: "60000" },
  days: { type: "string", default: "100" },
  url: { type: "string", default: ADMIN_URL },
} as const;

export function benchMunicipality(pupils: number, days: number, lessons: number): Municipality {
  return { pupils, days, lessons, classSize: 25, schoolSize: 500, firstDay: "2025-08-18" };
}

/** `url` with another database name. */
export function databaseUrl(url: string, name: string): string {
  const other = new URL(url);
  other.pathname = `/${name}`;
  return other.toString();
}

/** Runs `work` on a connection to `url` (to create, copy or drop databases). */
export async function withAdmin<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const seconds = (start: number) => (performance.now() - start) / 1000;

/** The benchmark's municipality with Danderyd's staircase, and the system actor that imports. */
export async function createBenchTenant(db: Kysely<Database>) {
  const tenant = await db
    .insertInto("tenant")
    .values({ slug: "bench", name: "Benchkommun" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("organisation")
    .values({ tenant_id: tenant.id, name: "Benchkommun", kind: "municipality" })
    .execute();
  await db
    .insertInto("attendance_staircase")
    .values({
      tenant_id: tenant.id,
      unit_id: null,
      staircase: JSON.stringify(DANDERYD_STAIRCASE),
      updated_by: null,
    })
    .execute();
  return { tenantId: tenant.id, userId: null, system: "bench" };
}
