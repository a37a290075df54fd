import type { Kysely } from "kysely";
import type { SessionUser } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";

export function findUserByUsername(db: Kysely<Database>, username: string) {
  return db
    .selectFrom("app_user")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", username.toLowerCase()))
    .executeTakeFirst();
}

export async function loadSessionUser(
  db: Kysely<Database>,
  tenantId: string,
  userId: string,
): Promise<SessionUser> {
  const user = await db
    .selectFrom("app_user as u")
    .innerJoin("tenant as t", "t.id", "u.tenant_id")
    .select(["u.id", "u.username", "u.display_name", "u.kind", "u.locale", "t.name as tenant_name"])
    .where("u.id", "=", userId)
    .where("u.tenant_id", "=", tenantId)
    .executeTakeFirstOrThrow();
  const memberships = await db
    .selectFrom("membership as m")
    .innerJoin("unit", "unit.id", "m.unit_id")
    .select(["m.unit_id", "m.role", "unit.name", "unit.kind"])
    .where("m.user_id", "=", userId)
    .where("m.tenant_id", "=", tenantId)
    .orderBy("unit.name")
    .execute();
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    kind: user.kind,
    locale: user.locale,
    tenantName: user.tenant_name,
    memberships: memberships.map((m) => ({
      unitId: m.unit_id,
      unitName: m.name,
      unitKind: m.kind,
      role: m.role as SessionUser["memberships"][number]["role"],
    })),
  };
}
