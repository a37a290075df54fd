// The family withdraws a consent it gave (issue 19, ADR 0020): a guardian (or the child, who
// consented from the tenant's age) sees the consents in force that they gave for the child and
// may withdraw one. It goes the same way as a withdrawal a professional records
// (recordWithdrawal): sharing with the named units stops from now on, the case's history shows
// it, and it is audited.
import type { Kysely } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";
import { recordWithdrawal } from "../cases/consent.service";
import { type FamilyChild, guardFamilyChild } from "./family-access";
import { familyAudit } from "./family-actor";

type GivenBy = { kind: "guardian" | "child"; guardianId?: string }[];

/** Whether the viewer is among those who gave the consent. */
const gaveIt = (actor: Actor, child: FamilyChild, givenBy: GivenBy) =>
  givenBy.some((g) =>
    actor.kind === "child"
      ? g.kind === "child"
      : g.kind === "guardian" && g.guardianId === child.guardian_id,
  );

/** Consents in force for the child's cases that the viewer gave. */
async function myConsentsInForce(
  trx: Kysely<Database>,
  actor: Actor,
  child: FamilyChild,
  consentId?: string,
) {
  const now = new Date();
  let query = trx
    .selectFrom("consent as k")
    .innerJoin("cases as c", "c.id", "k.case_id")
    .select([
      "k.id",
      "k.case_id",
      "k.purpose",
      "k.given_by",
      "k.valid_from",
      "k.valid_until",
      "c.version",
    ])
    .where("k.tenant_id", "=", actor.tenantId)
    .where("k.child_id", "=", child.id)
    .where("k.withdrawn_at", "is", null)
    .where("k.valid_from", "<=", now)
    .where((eb) => eb.or([eb("k.valid_until", "is", null), eb("k.valid_until", ">", now)]));
  if (consentId) query = query.where("k.id", "=", consentId);
  const rows = await query.orderBy("k.valid_from", "desc").execute();
  return rows.filter((r) => gaveIt(actor, child, r.given_by as unknown as GivenBy));
}

export async function familyConsents(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    const consents = await myConsentsInForce(trx, actor, child);
    const units = consents.length
      ? await trx
          .selectFrom("consent_unit as ku")
          .innerJoin("unit", "unit.id", "ku.unit_id")
          .innerJoin("organisation as o", "o.id", "unit.organisation_id")
          .select(["ku.consent_id", "unit.id", "unit.name", "o.name as organisation"])
          .where(
            "ku.consent_id",
            "in",
            consents.map((k) => k.id),
          )
          .orderBy("unit.name")
          .execute()
      : [];
    await familyAudit(trx, actor, "family.consents_read", childId, { count: consents.length });
    return {
      consents: consents.map((k) => ({
        id: k.id,
        purpose: k.purpose,
        givenAt: k.valid_from.toISOString(),
        validUntil: k.valid_until?.toISOString() ?? null,
        units: units
          .filter((u) => u.consent_id === k.id)
          .map((u) => ({ id: u.id, name: u.name, organisation: u.organisation })),
      })),
    };
  });
}

export async function withdrawFamilyConsent(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  consentId: string,
  reason: string,
) {
  await db.transaction().execute(async (trx) => {
    const child = await guardFamilyChild(trx, actor, childId);
    // Only a consent in force that this person gave; anything else is not theirs to withdraw.
    const [consent] = await myConsentsInForce(trx, actor, child, consentId);
    if (!consent) throw notFound("consent");
    // Joined to its case, so the case id is there.
    const target = { caseId: consent.case_id!, childId, version: consent.version, consentId };
    const summary =
      actor.kind === "child"
        ? "Samtycke återkallat av barnet i familjevyn"
        : "Samtycke återkallat av vårdnadshavare i familjevyn";
    if (!(await recordWithdrawal(trx, actor, target, reason, summary))) throw notFound("consent");
    await familyAudit(trx, actor, "family.consent_withdrawn", childId, { consentId });
  });
}
