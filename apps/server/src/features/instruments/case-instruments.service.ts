// Instruments inside a case: everyone who may see the case sees what was sent and answered;
// a professional respondent fills in their own form here.
import type { Kysely, Transaction } from "kysely";
import type { InstrumentAnswers } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { forbidden, notFound } from "../../platform/http/errors";
import { caseEnded, type CaseUse, guardCase, leadsFollowUp } from "../cases/case-guard";
import { instrumentSettingsOf } from "./instrument-settings";
import { findRequest, requestsWithResponses, toSummary } from "./requests.repository";
import { storeResponse } from "./respond";
import { schedulesFor } from "./schedule.service";
import { buildForm } from "./wording";
import { storedWording } from "./wording.service";

async function requestInCase(
  trx: Transaction<Database>,
  actor: Actor,
  caseId: string,
  id: string,
  use: CaseUse,
) {
  const guarded = await guardCase(trx, actor, caseId, use);
  const request = await findRequest(trx, actor.tenantId, id);
  if (request.case_id !== caseId) throw notFound("instrument request");
  return { guarded, request };
}

export async function caseInstruments(db: Kysely<Database>, actor: Actor, caseId: string) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const today = stockholmDate(new Date());
    const child = await trx
      .selectFrom("child")
      .select("birth_date")
      .where("id", "=", guarded.row.child_id)
      .executeTakeFirstOrThrow();
    const { schedule: rules } = await instrumentSettingsOf(trx, actor.tenantId);
    const scheduled = await schedulesFor(
      trx,
      actor.tenantId,
      [
        {
          id: caseId,
          stage: guarded.row.stage,
          state: guarded.row.state,
          birthDate: child.birth_date,
        },
      ],
      rules,
      today,
    );
    const rows = await requestsWithResponses(trx, actor.tenantId)
      .where("r.case_id", "=", caseId)
      .orderBy("r.requested_at", "desc")
      .execute();
    await recordAudit(trx, actor, {
      action: "instrument.list",
      entityType: "case",
      entityId: caseId,
      childId: guarded.row.child_id,
      details: { requests: rows.length, emergency: guarded.basis === "emergency" },
    });
    return {
      schedule: (scheduled.get(caseId) ?? []).map((m) => ({
        ...m,
        meetingId: m.meetingId ?? null,
        meetingKind: m.meetingKind ?? null,
        doneOn: m.doneOn ?? null,
        missedMeeting1On: m.missedMeeting1On ?? null,
      })),
      requests: rows.map((r) => toSummary(r, today)),
      // A closed or declined case is read-only: nothing is sent from it (ADR 0020). The contact
      // person sends forms during the follow-up (ADR 0026).
      maySend: leadsFollowUp(guarded) && !caseEnded(guarded),
    };
  });
}

export async function requestDetail(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  requestId: string,
  language: "sv" | "en",
) {
  return db.transaction().execute(async (trx) => {
    const { guarded, request } = await requestInCase(trx, actor, caseId, requestId, "read");
    const wording = await storedWording(trx, actor.tenantId, request.instrument, language);
    await recordAudit(trx, actor, {
      action: "instrument.request.read",
      entityType: "instrument_request",
      entityId: requestId,
      childId: guarded.row.child_id,
      details: {
        caseId,
        answered: request.response_id !== null,
        emergency: guarded.basis === "emergency",
      },
    });
    return {
      ...toSummary(request),
      caseId,
      form: buildForm(request, language, wording),
      answers: (request.answers as InstrumentAnswers | null) ?? null,
      submittedBy: request.submitted_by_name,
      mayRespond:
        request.status === "sent" &&
        request.respondent_user_id === actor.userId &&
        !caseEnded(guarded),
    };
  });
}

/** Only the professional the form was sent to answers it, and only while they see the case. */
export async function submitInCase(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  requestId: string,
  answers: InstrumentAnswers,
) {
  return db.transaction().execute(async (trx) => {
    const { request } = await requestInCase(trx, actor, caseId, requestId, "write");
    if (request.respondent_user_id !== actor.userId) throw forbidden();
    return storeResponse(trx, actor, request, answers);
  });
}
