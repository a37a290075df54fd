// The raiser completes a request not yet assessed (issue 17): a request registered without
// consent cannot be seen by the intake roles, and a child registered by hand may lack guardians.
// Until intake accepts or declines it, the person who raised it may name the guardians (of a child
// they registered themselves) and record consent, from "Mina förfrågningar".
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { NewGuardian, RequestFamily } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { AppError, forbidden, notFound } from "../../platform/http/errors";
import { accessBasis } from "./case-access";
import { type CaseRow, unassessed } from "./case-guard";
import { recordCaseEvent } from "./case-state.repository";
import { addGuardian } from "../children/guardians.repository";

const notTheRaiser = () =>
  new AppError(
    403,
    "not_the_raiser",
    "Bara den som gjorde förfrågan kan komplettera den, och bara tills den är bedömd. Därefter registrerar samordnarna samtycket.",
    "Only the person who raised the request can complete it, and only until it is assessed. After that the coordinators record the consent.",
  );

const guardiansByRegistrarOnly = () =>
  new AppError(
    403,
    "guardians_by_registrar_only",
    "Du kan lägga till vårdnadshavare bara för ett barn som du själv registrerade i Kring. Be en samordnare om hjälp.",
    "You can add guardians only to a child you registered in Kring yourself. Ask a coordinator for help.",
  );

/** The raiser's own request, while it still sees it and it is not yet assessed. */
async function guardRaiser(trx: Kysely<Database>, actor: Actor, caseId: string) {
  const row = await trx
    .selectFrom("cases")
    .selectAll()
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!row) throw notFound("case");
  if (!(await accessBasis(trx, actor, caseId))) throw forbidden();
  if (row.raised_by_user_id !== actor.userId || !unassessed(row)) throw notTheRaiser();
  return { row };
}

async function childOf(trx: Kysely<Database>, actor: Actor, guarded: { row: CaseRow }) {
  return trx
    .selectFrom("child")
    .select(["id", "given_name", "family_name", "birth_date", "registered_by_user_id"])
    .where("tenant_id", "=", actor.tenantId)
    .where("id", "=", guarded.row.child_id)
    .executeTakeFirstOrThrow();
}

/** The child's guardians by name, for the raiser to record their consent. */
export async function requestFamily(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<RequestFamily> {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardRaiser(trx, actor, caseId);
    const child = await childOf(trx, actor, guarded);
    const guardians = await trx
      .selectFrom("child_guardian as cg")
      .innerJoin("guardian as g", "g.id", "cg.guardian_id")
      .select(["g.id", "g.given_name", "g.family_name"])
      .where("cg.child_id", "=", child.id)
      .where("cg.tenant_id", "=", actor.tenantId)
      // Consent is recorded for those with custody (ADR 0044).
      .where("cg.custody", "=", true)
      .orderBy("g.given_name")
      .execute();
    const now = new Date();
    const consent = await trx
      .selectFrom("consent")
      .select("id")
      .where("case_id", "=", caseId)
      .where("valid_from", "<=", now)
      .where((eb) => eb.or([eb("valid_until", "is", null), eb("valid_until", ">", now)]))
      .where("withdrawn_at", "is", null)
      .executeTakeFirst();
    await recordAudit(trx, actor, {
      action: "case.read_request_family",
      entityType: "case",
      entityId: caseId,
      childId: child.id,
    });
    return {
      caseId,
      version: guarded.row.version,
      childName: `${child.given_name} ${child.family_name}`,
      birthDate: child.birth_date,
      guardians: guardians.map((g) => ({
        id: g.id,
        givenName: g.given_name,
        familyName: g.family_name,
      })),
      mayAddGuardians: child.registered_by_user_id === actor.userId,
      consentInForce: !!consent,
    };
  });
}

/** Adds a guardian to a child the raiser registered by hand, for a request not yet assessed. */
export async function addRequestGuardian(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof NewGuardian>,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardRaiser(trx, actor, caseId);
    const child = await childOf(trx, actor, guarded);
    if (child.registered_by_user_id !== actor.userId) throw guardiansByRegistrarOnly();
    const guardianId = await addGuardian(trx, actor, child.id, input, { caseId });
    await recordCaseEvent(
      trx,
      actor,
      caseId,
      guarded.row.version,
      "guardian_added",
      "Vårdnadshavare tillagd",
    );
    return { id: guardianId };
  });
}
