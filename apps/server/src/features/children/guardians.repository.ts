// A child's guardians as Kring records them (ADR 0044): each relation says whether the adult has
// custody. The one way a guardian is added by hand (registering a child, completing a request,
// the child's page); the imports write their own in bulk (import-persons.repository.ts).
import type { Transaction } from "kysely";
import type { z } from "zod";
import type { Guardian, NewGuardian } from "@kring/contracts";
import { parsePersonalIdentityNumber } from "@kring/domain";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict } from "../../platform/http/errors";

type Trx = Transaction<Database>;

/** Two parents and two more adults (a family home, a new partner with custody) at most. */
export const MAX_GUARDIANS = 4;

export const invalidGuardianNumber = () =>
  badRequest(
    "invalid_personal_number",
    "Vårdnadshavarens personnummer är inte giltigt (ÅÅÅÅMMDD-NNNN, med rätt kontrollsiffra).",
    "The guardian's personal identity number is not valid (YYYYMMDD-NNNN, with a correct check digit).",
  );

/** The canonical 12 digits of a typed guardian number, or null when none was given. */
export function guardianNumber(input: string | null | undefined) {
  if (!input) return null;
  const parsed = parsePersonalIdentityNumber(input);
  if (!parsed) throw invalidGuardianNumber();
  return parsed.value;
}

/**
 * Adds an adult to the child's guardians, with custody or not. A personal number already known
 * in the tenant is the same person (imported, or a guardian of a sibling): that record is linked,
 * so that one e-ID sign-in reaches all their children.
 */
export async function addGuardian(
  trx: Trx,
  actor: Actor,
  childId: string,
  input: z.infer<typeof NewGuardian> & { email?: string | null },
  details: Record<string, unknown> = {},
) {
  const personalNumber = guardianNumber(input.personalNumber);
  const linked = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select(["g.id", "g.personal_number"])
    .where("cg.child_id", "=", childId)
    .execute();
  if (linked.length >= MAX_GUARDIANS)
    throw new AppError(
      422,
      "too_many_guardians",
      "Barnet har redan fyra vårdnadshavare eller andra vuxna.",
      "The child already has four guardians or other adults.",
    );
  if (personalNumber && linked.some((g) => g.personal_number === personalNumber))
    throw conflict(
      "Personen är redan registrerad för barnet.",
      "The person is already registered for the child.",
    );
  const known = personalNumber
    ? await trx
        .selectFrom("guardian")
        .select("id")
        .where("tenant_id", "=", actor.tenantId)
        .where("personal_number", "=", personalNumber)
        .orderBy("created_at")
        .executeTakeFirst()
    : undefined;
  const guardianId =
    known?.id ??
    (
      await trx
        .insertInto("guardian")
        .values({
          tenant_id: actor.tenantId,
          personal_number: personalNumber,
          given_name: input.givenName,
          family_name: input.familyName,
          phone: input.phone || null,
          email: input.email || null,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  await trx
    .insertInto("child_guardian")
    .values({
      tenant_id: actor.tenantId,
      child_id: childId,
      guardian_id: guardianId,
      custody: input.custody,
    })
    .execute();
  await recordAudit(trx, actor, {
    action: known ? "guardian.link" : "guardian.create",
    entityType: "guardian",
    entityId: guardianId,
    childId,
    details: { ...details, custody: input.custody },
  });
  return guardianId;
}

/** The child's guardians as the professional pages show them (contact hidden as `hide` says). */
export async function guardiansOfChild(
  trx: Trx,
  childId: string,
  hide: (g: { protected_identity: boolean }) => boolean,
): Promise<(Guardian & { personalNumber: string | null; hasAccount: boolean })[]> {
  const rows = await trx
    .selectFrom("child_guardian as cg")
    .innerJoin("guardian as g", "g.id", "cg.guardian_id")
    .select([
      "g.id",
      "g.given_name",
      "g.family_name",
      "g.phone",
      "g.email",
      "g.protected_identity",
      "g.personal_number",
      "g.user_id",
      "cg.custody",
    ])
    .where("cg.child_id", "=", childId)
    // Those with custody first: they are the ones the family view and consent are about.
    .orderBy("cg.custody", "desc")
    .orderBy("g.given_name")
    .execute();
  return rows.map((g) => ({
    id: g.id,
    givenName: g.given_name,
    familyName: g.family_name,
    phone: hide(g) ? null : g.phone,
    email: hide(g) ? null : g.email,
    custody: g.custody,
    personalNumber: g.personal_number,
    hasAccount: !!g.user_id,
  }));
}
