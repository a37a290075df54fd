// Replacing a coordinator ("Byt samordnare", the intake roles) or the contact person ("Byt
// kontaktperson", a principal), with a reason (issue 17, ADR 0025). The intake roles appoint the
// coordinators and then, unless they appointed themselves, no longer see the case: they see who
// coordinates each running case that consent shares with their unit, nothing of its content,
// and may correct the appointment. The old person's role ends (access that came only from it
// ends with it, ADR 0020); the new person finds the case in "Mina uppgifter" until they open it.
import type { Kysely, Transaction } from "kysely";
import type { ReplaceContactPersonRequest, ReplaceCoordinatorRequest } from "@kring/contracts";
import {
  CASE_ROLE_LABELS,
  type CaseEvent,
  type CaseRole,
  type CaseState,
  type PersonFacts,
  stockholmDate,
  transition,
} from "@kring/domain/cases";
import { type Actor, hasRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { AppError, forbidden, notFound } from "../../platform/http/errors";
import { INTAKE_ROLES, accessConditions } from "./case-access";
import { caseReadOnly, type CaseRow, guardCase } from "./case-guard";
import { caseRelations, peopleFacts } from "./case-facts.repository";
import { requireFreshVersion, saveCaseState } from "./case-state.repository";
import { unitCoveredByConsent } from "./consent.repository";

type Trx = Transaction<Database>;
const APPOINTED_ROLES = ["coordinator_lead", "coordinator_documenting", "contact_person"];

const intakeOnly = () =>
  new AppError(
    403,
    "replace_coordinator_intake_only",
    "Samordnare byts av en central samordnare eller socialsekreterare i mottagningen.",
    "Coordinators are replaced by a central coordinator or social secretary in intake.",
  );

const nothingToReplace = (sv: string, en: string) =>
  new AppError(409, "nothing_to_replace", sv, en);

/** Running cases shared with the actor's intake unit, with who coordinates them. */
export async function coordinationList(db: Kysely<Database>, actor: Actor) {
  if (!hasRole(actor, ...INTAKE_ROLES)) throw intakeOnly();
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("cases as c")
      .innerJoin("child", "child.id", "c.child_id")
      .select([
        "c.id",
        "c.version",
        "c.stage",
        "c.child_id",
        "child.given_name",
        "child.family_name",
      ])
      .where("c.tenant_id", "=", actor.tenantId)
      .where(accessConditions(actor).coordination)
      .orderBy("c.requested_at", "desc")
      .limit(500)
      .execute();
    const members = rows.length
      ? await trx
          .selectFrom("case_member as m")
          .innerJoin("app_user as u", "u.id", "m.user_id")
          .leftJoin("unit", "unit.id", "m.unit_id")
          .select(["m.case_id", "m.role", "m.user_id", "u.display_name", "unit.name as unit_name"])
          .where(
            "m.case_id",
            "in",
            rows.map((r) => r.id),
          )
          .where("m.role", "in", APPOINTED_ROLES)
          .where("m.left_at", "is", null)
          .execute()
      : [];
    await recordAuditPerChild(
      trx,
      actor,
      { action: "case.list_coordination", entityType: "case", details: { cases: rows.length } },
      rows.map((r) => r.child_id),
    );
    const person = (caseId: string, role: string) => {
      const m = members.find((x) => x.case_id === caseId && x.role === role);
      return m ? { userId: m.user_id!, name: m.display_name, unitName: m.unit_name } : null;
    };
    return rows.map((r) => ({
      id: r.id,
      version: r.version,
      childName: `${r.given_name} ${r.family_name}`,
      stage: r.stage,
      lead: person(r.id, "coordinator_lead"),
      documenting: person(r.id, "coordinator_documenting"),
      contactPerson: person(r.id, "contact_person"),
    }));
  });
}

/** "Byt samordnare": coordinator 1 or 2 replaced by someone the coordinator rule allows. */
export async function replaceCoordinator(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: ReplaceCoordinatorRequest,
) {
  if (!hasRole(actor, ...INTAKE_ROLES)) throw intakeOnly();
  return db.transaction().execute(async (trx) => {
    const row = await coordinatedCase(trx, actor, caseId);
    await requireFreshVersion(trx, row, input.version);
    const state = row.state as unknown as CaseState;
    if (!state.coordinators)
      throw nothingToReplace(
        "Ärendet har inga samordnare ännu. Utse dem först.",
        "The case has no coordinators yet. Appoint them first.",
      );
    const lead = input.role === "coordinator_lead" ? input.userId : state.coordinators.leadId;
    const documenting =
      input.role === "coordinator_documenting" ? input.userId : state.coordinators.documentingId;
    const people = await peopleFacts(trx, actor.tenantId, [lead, documenting]);
    const next = apply(
      state,
      { type: "appoint_coordinators", leadId: lead, documentingId: documenting },
      {
        child: await caseRelations(trx, actor.tenantId, row),
        people,
      },
    );
    const units = people[input.userId]?.memberships.map((m) => m.unitId) ?? [];
    const replaced = await swapMember(trx, actor, row, input.role, input.userId, units);
    return save(trx, actor, row, next, input.role, input.reason, replaced, input.userId);
  });
}

/** "Byt kontaktperson": a principal in the network replaces the contact person. */
export async function replaceContactPerson(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: ReplaceContactPersonRequest,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "write");
    if (!hasRole(actor, "principal"))
      throw new AppError(
        403,
        "replace_contact_person_principal_only",
        "Kontaktpersonen byts av rektor.",
        "The contact person is replaced by a principal.",
      );
    const row = guarded.row;
    await requireFreshVersion(trx, row, input.version);
    const state = row.state as unknown as CaseState;
    if (!state.contactPerson)
      throw nothingToReplace(
        "Ärendet har ingen kontaktperson ännu. Utse en först.",
        "The case has no contact person yet. Appoint one first.",
      );
    const people = await peopleFacts(trx, actor.tenantId, [input.userId, actor.userId]);
    const facts = people[input.userId];
    // The person is contact person for the unit named, so only that membership counts.
    if (facts)
      people[input.userId] = {
        ...facts,
        memberships: facts.memberships.filter((m) => m.unitId === input.unitId),
      } satisfies PersonFacts;
    const event: CaseEvent = {
      type: "appoint_contact_person",
      personId: input.userId,
      appointedById: actor.userId,
    };
    const next = apply(state, event, { people });
    const replaced = await swapMember(trx, actor, row, "contact_person", input.userId, [
      input.unitId,
    ]);
    return save(trx, actor, row, next, "contact_person", input.reason, replaced, input.userId);
  });
}

/** A case the actor may correct the coordinators of: shared with their intake unit, running. */
async function coordinatedCase(trx: Trx, actor: Actor, caseId: string): Promise<CaseRow> {
  const row = await trx
    .selectFrom("cases as c")
    .selectAll("c")
    .select(accessConditions(actor, new Date(), caseId).coordination.as("shared"))
    .where("c.tenant_id", "=", actor.tenantId)
    .where("c.id", "=", caseId)
    .executeTakeFirst();
  if (!row) throw notFound("case");
  if (row.stage === "closed" || row.stage === "declined") throw caseReadOnly();
  if (!row.shared) throw forbidden();
  const { shared: _shared, ...caseRow } = row;
  return caseRow;
}

function apply(
  state: CaseState,
  event: CaseEvent,
  facts: Pick<Parameters<typeof transition>[2], "child" | "people">,
): CaseState {
  const result = transition(state, event, { today: stockholmDate(new Date()), ...facts });
  if (!result.ok)
    throw new AppError(422, result.error.code, result.error.messageSv, result.error.messageEn, {
      reasons: result.error.reasons ?? [],
    });
  return result.state;
}

/**
 * Ends the old holder's role and gives it to the new person, representing a unit consent covers.
 * Returns the old holder's user id.
 */
async function swapMember(
  trx: Trx,
  actor: Actor,
  row: CaseRow,
  role: string,
  userId: string,
  units: string[],
): Promise<string | null> {
  const old = await trx
    .selectFrom("case_member")
    .select(["id", "user_id"])
    .where("case_id", "=", row.id)
    .where("role", "=", role)
    .where("left_at", "is", null)
    .executeTakeFirst();
  if (old?.user_id === userId)
    throw new AppError(
      422,
      "same_person",
      "Personen har redan den rollen i ärendet. Välj någon annan.",
      "The person already holds that role in the case. Choose someone else.",
    );
  let covered: string | undefined;
  for (const u of units) if (!covered && (await unitCoveredByConsent(trx, row.id, u))) covered = u;
  if (!covered)
    throw new AppError(
      422,
      "consent_missing_for_unit",
      "Samtycket omfattar inte personens enhet. Registrera ett samtycke som omfattar enheten först.",
      "The consent does not cover the person's unit. Record a consent that covers the unit first.",
    );
  if (old)
    await trx
      .updateTable("case_member")
      .set({ left_at: new Date() })
      .where("id", "=", old.id)
      .execute();
  await trx
    .insertInto("case_member")
    .values({
      tenant_id: actor.tenantId,
      case_id: row.id,
      role,
      user_id: userId,
      unit_id: covered,
      appointed_by: actor.userId,
      replaces_member_id: old?.id ?? null,
    })
    .execute();
  return old?.user_id ?? null;
}

async function save(
  trx: Trx,
  actor: Actor,
  row: CaseRow,
  state: CaseState,
  role: string,
  reason: string,
  replacedUserId: string | null,
  userId: string,
) {
  const label = CASE_ROLE_LABELS[role as CaseRole].sv.replace(/ \(.*\)$/, "");
  const version = await saveCaseState(trx, actor, row, state, {
    kind: role === "contact_person" ? "contact_person_replaced" : "coordinator_replaced",
    summary: `${label} bytt: ${reason}`,
  });
  await recordAudit(trx, actor, {
    action: role === "contact_person" ? "case.replace_contact_person" : "case.replace_coordinator",
    entityType: "case",
    entityId: row.id,
    childId: row.child_id,
    reason,
    details: { role, from: replacedUserId, to: userId },
  });
  return { stage: state.stage, version };
}
