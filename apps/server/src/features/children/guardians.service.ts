// The child's page for guardians (issue 19.3, ADR 0044): the administrator and the intake roles
// add a guardian, change one (custody included) and remove one. Every read and change is audited
// with the child's id; contact details of a protected guardian stay hidden from the administrator.
import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type {
  AddGuardianRequest,
  ChildGuardians,
  GuardianChildLookup,
  UpdateGuardianRequest,
} from "@kring/contracts";
import { parsePersonalIdentityNumber } from "@kring/domain";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, conflict, notFound } from "../../platform/http/errors";
import { whereaboutsVisible } from "./child-whereabouts";
import { addGuardian, guardianNumber, guardiansOfChild } from "./guardians.repository";
import { requireGuardianKeeper } from "./guardians.policy";

type Trx = Transaction<Database>;

async function childRow(trx: Trx, actor: Actor, childId: string) {
  requireGuardianKeeper(actor);
  const child = await trx
    .selectFrom("child")
    .select(["id", "given_name", "family_name", "personal_number", "protected_identity"])
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", childId)
    .executeTakeFirst();
  if (!child) throw notFound("child");
  return child;
}

async function readGuardians(trx: Trx, actor: Actor, child: Awaited<ReturnType<typeof childRow>>) {
  const seesProtected = (
    await whereaboutsVisible(trx, actor, [{ id: child.id, protected_identity: true }])
  ).has(child.id);
  const guardians = await guardiansOfChild(
    trx,
    child.id,
    (g) => (g.protected_identity || child.protected_identity) && !seesProtected,
  );
  const withCustody = guardians.filter((g) => g.custody).length;
  return {
    child: {
      id: child.id,
      givenName: child.given_name,
      familyName: child.family_name,
      personalNumber: child.personal_number,
    },
    custody: withCustody >= 2 ? "joint" : withCustody === 1 ? "sole" : "none",
    guardians,
  } satisfies ChildGuardians;
}

export async function childGuardians(db: Kysely<Database>, actor: Actor, childId: string) {
  return db.transaction().execute(async (trx) => {
    const child = await childRow(trx, actor, childId);
    const result = await readGuardians(trx, actor, child);
    await recordAudit(trx, actor, {
      action: "guardian.list",
      entityType: "child",
      entityId: childId,
      childId,
      details: { count: result.guardians.length },
    });
    return result;
  });
}

/** The administrator's way to a child: the full personal number, answered with the id only. */
export async function findChildForGuardians(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof GuardianChildLookup>,
) {
  requireGuardianKeeper(actor);
  const parsed = parsePersonalIdentityNumber(input.personalNumber);
  if (!parsed)
    throw badRequest(
      "invalid_personal_number",
      "Barnets personnummer är inte giltigt (ÅÅÅÅMMDD-NNNN, med rätt kontrollsiffra).",
      "The child's personal identity number is not valid (YYYYMMDD-NNNN, with a correct check digit).",
    );
  return db.transaction().execute(async (trx) => {
    const child = await trx
      .selectFrom("child")
      .select("id")
      .where("tenant_id", "=", actor.tenantId)
      .where("personal_number", "=", parsed.value)
      .executeTakeFirst();
    await recordAudit(trx, actor, {
      action: "guardian.child_lookup",
      entityType: "child",
      entityId: child?.id ?? null,
      childId: child?.id ?? null,
      details: { found: !!child },
    });
    if (!child) throw notFound("child");
    return { childId: child.id };
  });
}

export async function addChildGuardian(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  input: z.infer<typeof AddGuardianRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const child = await childRow(trx, actor, childId);
    await addGuardian(trx, actor, child.id, input, { from: "child_page" });
    return readGuardians(trx, actor, child);
  });
}

async function linkOf(trx: Trx, childId: string, guardianId: string) {
  const link = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "cg.custody"])
    .where("cg.child_id", "=", childId)
    .where("cg.guardian_id", "=", guardianId)
    .executeTakeFirst();
  if (!link) throw notFound("guardian");
  return link;
}

/** Changes the guardian (the person, for every child they have) and this child's custody. */
export async function updateChildGuardian(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  guardianId: string,
  input: z.infer<typeof UpdateGuardianRequest>,
) {
  return db.transaction().execute(async (trx) => {
    const child = await childRow(trx, actor, childId);
    await linkOf(trx, child.id, guardianId);
    const personalNumber =
      input.personalNumber === undefined ? undefined : guardianNumber(input.personalNumber);
    if (personalNumber) {
      const other = await trx
        .selectFrom("guardian")
        .select("id")
        .where("tenant_id", "=", actor.tenantId)
        .where("personal_number", "=", personalNumber)
        .where("id", "<>", guardianId)
        .executeTakeFirst();
      if (other)
        throw conflict(
          "En annan vårdnadshavare har redan det personnumret. Ta bort den här och lägg till personen igen.",
          "Another guardian already has that personal identity number. Remove this one and add the person again.",
        );
    }
    const changes = {
      ...(input.givenName !== undefined ? { given_name: input.givenName } : {}),
      ...(input.familyName !== undefined ? { family_name: input.familyName } : {}),
      ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
      ...(input.email !== undefined ? { email: input.email || null } : {}),
      ...(personalNumber !== undefined ? { personal_number: personalNumber } : {}),
    };
    if (Object.keys(changes).length)
      await trx.updateTable("guardian").set(changes).where("id", "=", guardianId).execute();
    if (input.custody !== undefined)
      await trx
        .updateTable("child_guardian")
        .set({ custody: input.custody })
        .where("child_id", "=", child.id)
        .where("guardian_id", "=", guardianId)
        .execute();
    await recordAudit(trx, actor, {
      action: "guardian.update",
      entityType: "guardian",
      entityId: guardianId,
      childId: child.id,
      details: { fields: Object.keys(input), custody: input.custody },
    });
    return readGuardians(trx, actor, child);
  });
}

/**
 * Removes the adult from the child's guardians. The record stays for what it already did (a
 * consent given, an answered form), and for the guardian's other children.
 */
export async function removeChildGuardian(
  db: Kysely<Database>,
  actor: Actor,
  childId: string,
  guardianId: string,
) {
  return db.transaction().execute(async (trx) => {
    const child = await childRow(trx, actor, childId);
    const link = await linkOf(trx, child.id, guardianId);
    await trx
      .deleteFrom("child_guardian")
      .where("child_id", "=", child.id)
      .where("guardian_id", "=", guardianId)
      .execute();
    await recordAudit(trx, actor, {
      action: "guardian.unlink",
      entityType: "guardian",
      entityId: guardianId,
      childId: child.id,
      details: { custody: link.custody },
    });
    return readGuardians(trx, actor, child);
  });
}
