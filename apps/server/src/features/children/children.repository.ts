import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { ChildSummary } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { whereaboutsVisible } from "./child-whereabouts";
import { stockholmDate } from "@kring/domain/cases";

export async function currentUnitsOf(db: Kysely<Database>, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom("child_unit as cu")
    .innerJoin("unit", "unit.id", "cu.unit_id")
    .select(["cu.child_id", "cu.unit_id", "unit.name", "cu.school_year"])
    .where("cu.tenant_id", "=", tenantId)
    .where("cu.child_id", "in", childIds)
    .where((eb) =>
      eb.or([eb("cu.to_date", "is", null), eb("cu.to_date", ">=", stockholmDate(new Date()))]),
    )
    .execute();
}

export type ChildRow = {
  id: string;
  personal_number: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  protected_identity: boolean;
};

/** The children as the actor may see them: a protected child's units only where allowed. */
export async function toSummaries(
  db: Kysely<Database>,
  actor: Actor,
  rows: ChildRow[],
): Promise<ChildSummary[]> {
  const visible = await whereaboutsVisible(db, actor, rows);
  const units = await currentUnitsOf(
    db,
    actor.tenantId,
    rows.filter((r) => visible.has(r.id)).map((r) => r.id),
  );
  return rows.map((c) => ({
    id: c.id,
    personalNumber: c.personal_number,
    givenName: c.given_name,
    familyName: c.family_name,
    birthDate: c.birth_date,
    protectedIdentity: c.protected_identity,
    whereaboutsHidden: !visible.has(c.id),
    currentUnits: units
      .filter((u) => u.child_id === c.id)
      .map((u) => ({ unitId: u.unit_id, unitName: u.name, schoolYear: u.school_year })),
  }));
}

const CHILD_COLUMNS = [
  "ch.id",
  "ch.personal_number",
  "ch.given_name",
  "ch.family_name",
  "ch.birth_date",
  "ch.protected_identity",
] as const;

/** The child with this canonical personal number, if any. */
export function findByPersonalNumber(db: Kysely<Database>, tenantId: string, number: string) {
  return db
    .selectFrom("child as ch")
    .select(CHILD_COLUMNS)
    .where("ch.tenant_id", "=", tenantId)
    .where("ch.personal_number", "=", number)
    .executeTakeFirst();
}

/** `%`, `_` and `\` typed by the user are literal characters of a name, never wildcards. */
const likePrefix = (part: string) => `${part.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/**
 * Children each of whose typed name parts begins one part of their name (folded the way the
 * database folds names, ADR 0016), within `scope`, a condition on `child as ch` (null: the whole tenant). Each part is an
 * index range on child_name_part, so a search never scans the children.
 */
export async function findByName(
  db: Kysely<Database>,
  tenantId: string,
  q: string,
  scope: Expression<SqlBool> | null,
  limit = 20,
) {
  const { rows } = await sql<{ parts: string[] }>`select name_search_parts(${q}) as parts`.execute(
    db,
  );
  const parts = rows[0]?.parts ?? [];
  if (parts.length === 0) return [];
  let query = db
    .selectFrom("child as ch")
    .select(CHILD_COLUMNS)
    .where("ch.tenant_id", "=", tenantId)
    .orderBy("ch.family_name")
    .orderBy("ch.given_name")
    .orderBy("ch.id")
    .limit(limit);
  for (const part of parts) {
    query = query.where(
      "ch.id",
      "in",
      db
        .selectFrom("child_name_part as p")
        .select("p.child_id")
        .where("p.tenant_id", "=", tenantId)
        .where(sql<boolean>`p.part like ${likePrefix(part)} escape '\\'`),
    );
  }
  if (scope) query = query.where(scope);
  return query.execute();
}
