import type { Kysely } from "kysely";
import type { ChildSummary } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";

export async function currentUnitsOf(db: Kysely<Database>, tenantId: string, childIds: string[]) {
  if (childIds.length === 0) return [];
  return db
    .selectFrom("child_unit as cu")
    .innerJoin("unit", "unit.id", "cu.unit_id")
    .select(["cu.child_id", "cu.unit_id", "unit.name", "cu.school_year"])
    .where("cu.tenant_id", "=", tenantId)
    .where("cu.child_id", "in", childIds)
    .where((eb) =>
      eb.or([
        eb("cu.to_date", "is", null),
        eb("cu.to_date", ">=", new Date().toISOString().slice(0, 10)),
      ]),
    )
    .execute();
}

type ChildRow = {
  id: string;
  personal_number: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  protected_identity: boolean;
};

export async function toSummaries(
  db: Kysely<Database>,
  tenantId: string,
  rows: ChildRow[],
): Promise<ChildSummary[]> {
  const units = await currentUnitsOf(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((c) => ({
    id: c.id,
    personalNumber: c.personal_number,
    givenName: c.given_name,
    familyName: c.family_name,
    birthDate: c.birth_date,
    protectedIdentity: c.protected_identity,
    currentUnits: units
      .filter((u) => u.child_id === c.id)
      .map((u) => ({ unitId: u.unit_id, unitName: u.name, schoolYear: u.school_year })),
  }));
}

/** By personal number (exact, 12 digits) or by name words (each must match given or family name). */
export function findChildren(
  db: Kysely<Database>,
  tenantId: string,
  search: { personalNumber?: string; words?: string[] },
) {
  let query = db
    .selectFrom("child")
    .select([
      "id",
      "personal_number",
      "given_name",
      "family_name",
      "birth_date",
      "protected_identity",
    ])
    .where("tenant_id", "=", tenantId)
    .orderBy("family_name")
    .orderBy("given_name")
    .limit(20);
  if (search.personalNumber) query = query.where("personal_number", "=", search.personalNumber);
  for (const word of search.words ?? []) {
    const like = `${word.toLowerCase().replace(/[%_\\]/g, "")}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["given_name"]), "like", like),
        eb(eb.fn("lower", ["family_name"]), "like", like),
      ]),
    );
  }
  return query.execute();
}
