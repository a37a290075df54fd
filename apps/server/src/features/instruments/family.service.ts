// The family view's forms: a guardian or the child sees and answers only the forms sent to them.
// Their right comes from being the respondent, not from the case's network and consent.
import { type Kysely, type Transaction, sql } from "kysely";
import type { InstrumentAnswers } from "@kring/contracts";
import { type CaseStage, isTerminalStage, TERMINAL_STAGES } from "@kring/domain/cases";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { recordAuditPerChild } from "../../platform/audit/audit-children";
import type { Database } from "../../platform/db/schema";
import { forbidden } from "../../platform/http/errors";
import { caseReadOnly } from "../cases/case-guard";
import { findRequest, type RequestRow, requestsWithResponses } from "./requests.repository";
import { storeResponse } from "./respond";
import { buildForm } from "./wording";
import { storedWording } from "./wording.service";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A guardian answers requests addressed to a guardian record linked to their account and still
 * linked to the child; the child answers requests addressed to the child whose account they hold.
 */
function isMine(actor: Actor) {
  if (actor.kind === "guardian")
    return sql<boolean>`(r.respondent_kind = 'guardian' and exists (
      select 1 from guardian g join child_guardian cg on cg.guardian_id = g.id
      where g.id = r.respondent_guardian_id and cg.child_id = r.child_id and cg.custody
        and g.user_id = ${actor.userId}))`;
  if (actor.kind === "child")
    return sql<boolean>`(r.respondent_kind = 'child' and exists (
      select 1 from child c where c.id = r.child_id and c.user_id = ${actor.userId}))`;
  throw forbidden();
}

/**
 * A closed or declined case is read-only for everyone, the family too (ADR 0020): a form still
 * unanswered when the case ended is no longer asked of them.
 */
const caseEnded = sql<boolean>`exists (
  select 1 from cases c where c.id = r.case_id and c.stage in (${sql.join([...TERMINAL_STAGES])}))`;

async function caseHasEnded(db: Db, request: RequestRow) {
  const row = await db
    .selectFrom("cases")
    .select("stage")
    .where("id", "=", request.case_id)
    .executeTakeFirst();
  return !!row && isTerminalStage(row.stage as CaseStage);
}

function toItem(r: RequestRow, ended = false) {
  return {
    id: r.id,
    instrument: r.instrument,
    version: r.version,
    childGivenName: r.child_given_name,
    // The child answers about themselves: the form speaks to them ("SDQ om dig"), not of them.
    aboutMe: r.respondent_kind === "child",
    dueDate: r.due_date,
    // Shown as withdrawn: the family need not (and cannot) answer it any more.
    status: ended && r.status === "sent" ? ("cancelled" as const) : r.status,
    submittedAt: r.submitted_at?.toISOString() ?? null,
  };
}

async function myRequest(db: Db, actor: Actor, requestId: string) {
  const mine = await requestsWithResponses(db, actor.tenantId)
    .where("r.id", "=", requestId)
    .where(isMine(actor))
    .executeTakeFirst();
  if (!mine) {
    await findRequest(db, actor.tenantId, requestId); // 404 when it does not exist at all
    throw forbidden();
  }
  return mine;
}

export async function familyRequests(db: Kysely<Database>, actor: Actor) {
  return db.transaction().execute(async (trx) => {
    const rows = await requestsWithResponses(trx, actor.tenantId)
      .where(isMine(actor))
      .where((eb) =>
        eb.or([
          eb("r.status", "=", "submitted"),
          eb.and([eb("r.status", "=", "sent"), eb.not(caseEnded)]),
        ]),
      )
      .orderBy("r.status", "desc")
      .orderBy("r.due_date")
      .execute();
    await recordAuditPerChild(
      trx,
      actor,
      {
        action: "instrument.family.list",
        entityType: "instrument_request",
        details: { requests: rows.length },
      },
      rows.map((r) => r.child_id),
    );
    return rows.map((r) => toItem(r));
  });
}

export async function familyRequest(
  db: Kysely<Database>,
  actor: Actor,
  requestId: string,
  language: "sv" | "en",
) {
  return db.transaction().execute(async (trx) => {
    const request = await myRequest(trx, actor, requestId);
    const wording = await storedWording(trx, actor.tenantId, request.instrument, language);
    await recordAudit(trx, actor, {
      action: "instrument.family.read",
      entityType: "instrument_request",
      entityId: requestId,
      childId: request.child_id,
    });
    return {
      ...toItem(request, await caseHasEnded(trx, request)),
      form: buildForm(request, language, wording),
    };
  });
}

export async function submitFamily(
  db: Kysely<Database>,
  actor: Actor,
  requestId: string,
  answers: InstrumentAnswers,
) {
  return db.transaction().execute(async (trx) => {
    const request = await myRequest(trx, actor, requestId);
    if (await caseHasEnded(trx, request)) throw caseReadOnly();
    return storeResponse(trx, actor, request, answers);
  });
}
