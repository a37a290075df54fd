import type { Kysely } from "kysely";
import type { AdminUser } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";

export async function listUsers(
  db: Kysely<Database>,
  tenantId: string,
  q: string | undefined,
  ids?: string[],
): Promise<AdminUser[]> {
  let query = db
    .selectFrom("app_user")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .orderBy("display_name")
    .limit(500);
  if (q) {
    const like = `%${q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["display_name"]), "like", like),
        eb(eb.fn("lower", ["username"]), "like", like),
      ]),
    );
  }
  if (ids)
    query = query.where("id", "in", ids.length ? ids : ["00000000-0000-0000-0000-000000000000"]);
  const users = await query.execute();
  const memberships = users.length
    ? await db
        .selectFrom("membership as m")
        .innerJoin("unit", "unit.id", "m.unit_id")
        .select(["m.id", "m.user_id", "m.unit_id", "m.role", "unit.name"])
        .where("m.tenant_id", "=", tenantId)
        .where(
          "m.user_id",
          "in",
          users.map((u) => u.id),
        )
        .orderBy("unit.name")
        .execute()
    : [];
  const now = new Date();
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    kind: u.kind,
    active: u.active,
    locked: !!u.locked_until && u.locked_until > now,
    memberships: memberships
      .filter((m) => m.user_id === u.id)
      .map((m) => ({
        id: m.id,
        unitId: m.unit_id,
        unitName: m.name,
        role: m.role as AdminUser["memberships"][number]["role"],
      })),
  }));
}
