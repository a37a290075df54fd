// Coordinators (and the contact person during the follow-up) send a form to one respondent and may withdraw it while it is unanswered.
import type { Kysely, Transaction } from "kysely";
import type { SendInstrumentRequest } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { conflict, forbidden, notFound } from "../../platform/http/errors";
import { type GuardedCase, guardCase, leadsFollowUp } from "../cases/case-guard";
import { checkFormFits, invalidRequest } from "./instrument-forms";
import { findRequest } from "./requests.repository";
import { meetingInCase } from "../cases/meeting.repository";
import { childSignsIn } from "../family/family-accounts";

type Trx = Transaction<Database>;

async function guardCoordinator(trx: Trx, actor: Actor, caseId: string) {
  const guarded = await guardCase(trx, actor, caseId, "write");
  // The contact person leads the follow-up, closing measurements included.
  if (!leadsFollowUp(guarded)) throw forbidden();
  if (guarded.row.stage === "closed" || guarded.row.stage === "declined")
    throw conflict("Ärendet är avslutat.", "The case is closed.");
  return guarded;
}

/**
 * The respondent must belong to the case: a professional in its network (so they can open the
 * case to answer), a guardian with custody of the child, or the child. The family needs no
 * account beforehand: a guardian (and the child from the tenant's age) gets one on signing in
 * with e-ID (sign-in/family-match.ts, ADR 0044), and the form waits for them in the family view.
 */
async function checkRespondent(trx: Trx, guarded: GuardedCase, input: SendInstrumentRequest) {
  const r = input.respondent;
  const { tenant_id: tenantId, id: caseId, child_id: childId } = guarded.row;
  let found: unknown;
  if (r.kind === "professional") {
    found = await trx
      .selectFrom("case_member")
      .select("id")
      .where("case_id", "=", caseId)
      .where("user_id", "=", r.userId)
      .where("left_at", "is", null)
      .executeTakeFirst();
  } else if (r.kind === "guardian") {
    found = await trx
      .selectFrom("child_guardian as cg")
      .innerJoin("guardian as g", "g.id", "cg.guardian_id")
      .select("g.id")
      .where("cg.tenant_id", "=", tenantId)
      .where("cg.child_id", "=", childId)
      .where("g.id", "=", r.guardianId)
      .where("cg.custody", "=", true)
      .executeTakeFirst();
  } else {
    const child = await trx
      .selectFrom("child")
      .select(["user_id", "birth_date"])
      .where("id", "=", childId)
      .executeTakeFirstOrThrow();
    found = child.user_id || (await childSignsIn(trx, tenantId, child.birth_date));
  }
  if (!found)
    throw invalidRequest(
      "respondent",
      r.kind === "child"
        ? "Barnet är för ungt för att svara själv i familjevyn."
        : "Mottagaren finns inte i nätverket eller är inte barnets vårdnadshavare.",
      r.kind === "child"
        ? "The child is too young to answer in the family view themselves."
        : "The respondent is not in the network or is not a guardian with custody of the child.",
    );
  if (input.meetingId && !(await meetingInCase(trx, caseId, input.meetingId)))
    throw invalidRequest(
      "meetingId",
      "Mötet hör inte till ärendet.",
      "No such meeting in the case.",
    );
}

export async function sendRequest(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: SendInstrumentRequest,
) {
  checkFormFits(input);
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCoordinator(trx, actor, caseId);
    await checkRespondent(trx, guarded, input);
    const r = input.respondent;
    const row = await trx
      .insertInto("instrument_request")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        child_id: guarded.row.child_id,
        instrument: input.instrument,
        version: input.version,
        informant: input.informant,
        respondent_kind: r.kind,
        respondent_user_id: r.kind === "professional" ? r.userId : null,
        respondent_guardian_id: r.kind === "guardian" ? r.guardianId : null,
        occasion: input.occasion,
        meeting_id: input.meetingId,
        due_date: input.dueDate,
        requested_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "instrument.request.create",
      entityType: "instrument_request",
      entityId: row.id,
      childId: guarded.row.child_id,
      details: {
        caseId,
        instrument: input.instrument,
        informant: input.informant,
        respondent: r.kind,
      },
    });
    return row.id;
  });
}

export async function cancelRequest(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCoordinator(trx, actor, caseId);
    const request = await findRequest(trx, actor.tenantId, requestId);
    if (request.case_id !== caseId) throw notFound("instrument request");
    const updated = await trx
      .updateTable("instrument_request")
      .set({ status: "cancelled", cancelled_at: new Date() })
      .where("id", "=", requestId)
      .where("status", "=", "sent")
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      throw conflict("Formuläret är inte längre öppet.", "The form is no longer open.");
    await recordAudit(trx, actor, {
      action: "instrument.request.cancel",
      entityType: "instrument_request",
      entityId: requestId,
      childId: guarded.row.child_id,
      details: { caseId },
    });
  });
}
