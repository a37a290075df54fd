import type { Kysely } from "kysely";
import type { z } from "zod";
import type { ChildDetail, RegisterChildRequest } from "@kring/contracts";
import { parsePersonalNumber } from "@kring/domain";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, conflict, forbidden, notFound } from "../../platform/http/errors";
import { canSeeChild, maySeeProtectedContact, requireChildSearch } from "./children.policy";
import { findChildren, toSummaries } from "./children.repository";

const invalidNumber = () =>
  badRequest(
    "invalid_personal_number",
    "Personnumret är inte giltigt (12 siffror, ÅÅÅÅMMDDNNNN, med rätt kontrollsiffra).",
    "The personal identity number is not valid (12 digits, YYYYMMDDNNNN, with a correct check digit).",
  );

/** A query of digits is a personal number (Luhn-checked); otherwise words of a name. */
export async function searchChildren(db: Kysely<Database>, actor: Actor, q: string) {
  requireChildSearch(actor);
  const digits = q.replace(/[-+\s]/g, "");
  let search: { personalNumber?: string; words?: string[] };
  if (/^\d+$/.test(digits)) {
    const parsed = parsePersonalNumber(digits);
    if (!parsed) throw invalidNumber();
    search = { personalNumber: parsed.value };
  } else {
    search = { words: q.split(/\s+/).filter(Boolean) };
  }
  return db.transaction().execute(async (trx) => {
    const summaries = await toSummaries(
      trx,
      actor.tenantId,
      await findChildren(trx, actor.tenantId, search),
    );
    await recordAudit(trx, actor, {
      action: "child.search",
      entityType: "child",
      details: { byPersonalNumber: !!search.personalNumber, childIds: summaries.map((c) => c.id) },
    });
    return summaries;
  });
}

export async function getChild(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
): Promise<ChildDetail> {
  return db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("child")
      .selectAll()
      .where("tenant_id", "=", actor.tenantId)
      .where("id", "=", childId)
      .executeTakeFirst();
    if (!child) throw notFound("child");
    if (!(await canSeeChild(trx, actor, childId))) throw forbidden();
    const hide = child.protected_identity && !maySeeProtectedContact(actor);
    const guardians = await trx
      .selectFrom("child_guardian as cg")
      .innerJoin("guardian as g", "g.id", "cg.guardian_id")
      .select([
        "g.id",
        "g.given_name",
        "g.family_name",
        "g.phone",
        "g.email",
        "g.protected_identity",
      ])
      .where("cg.child_id", "=", childId)
      .where("cg.tenant_id", "=", actor.tenantId)
      .execute();
    const [summary] = await toSummaries(trx, actor.tenantId, [child]);
    await recordAudit(trx, actor, {
      action: "child.read",
      entityType: "child",
      entityId: childId,
      childId,
    });
    return {
      ...summary!,
      address: hide ? null : child.address,
      postalCode: hide ? null : child.postal_code,
      city: hide ? null : child.city,
      phone: hide ? null : child.phone,
      contactHidden: hide,
      guardians: guardians.map((g) => {
        const hideGuardian =
          (g.protected_identity || child.protected_identity) && !maySeeProtectedContact(actor);
        return {
          id: g.id,
          givenName: g.given_name,
          familyName: g.family_name,
          phone: hideGuardian ? null : g.phone,
          email: hideGuardian ? null : g.email,
        };
      }),
    };
  });
}

/** A child not yet known (moved in, no school here yet) can be registered to raise a need. */
export async function registerChild(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof RegisterChildRequest>,
) {
  requireChildSearch(actor);
  const parsed = parsePersonalNumber(input.personalNumber);
  if (!parsed) throw invalidNumber();
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("personal_number", "=", parsed.value)
      .executeTakeFirst();
    if (existing)
      throw conflict(
        "Barnet finns redan. Sök på personnumret.",
        "The child already exists. Search by the number.",
        { childId: existing.id },
      );
    const row = await trx
      .insertInto("child")
      .values({
        tenant_id: actor.tenantId,
        personal_number: parsed.value,
        given_name: input.givenName,
        family_name: input.familyName,
        birth_date: parsed.birthDate,
        address: null,
        postal_code: null,
        city: null,
        phone: null,
        user_id: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "child.create",
      entityType: "child",
      entityId: row.id,
      childId: row.id,
      details: { guardians: input.guardians.length },
    });
    const guardians = [];
    for (const g of input.guardians) {
      const guardian = await trx
        .insertInto("guardian")
        .values({
          tenant_id: actor.tenantId,
          given_name: g.givenName,
          family_name: g.familyName,
          phone: g.phone || null,
        })
        .returning(["id", "given_name", "family_name", "phone", "email"])
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("child_guardian")
        .values({ tenant_id: actor.tenantId, child_id: row.id, guardian_id: guardian.id })
        .execute();
      await recordAudit(trx, actor, {
        action: "guardian.create",
        entityType: "guardian",
        entityId: guardian.id,
        childId: row.id,
      });
      guardians.push({
        id: guardian.id,
        givenName: guardian.given_name,
        familyName: guardian.family_name,
        phone: guardian.phone,
        email: guardian.email,
      });
    }
    const [summary] = await toSummaries(trx, actor.tenantId, [row]);
    return { ...summary!, guardians };
  });
}
