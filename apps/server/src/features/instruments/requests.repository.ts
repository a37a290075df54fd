import type { Kysely } from "kysely";
import type { InstrumentRequestSummary, InstrumentScores } from "@kring/contracts";
import { stockholmDate } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";
import { notFound } from "../../platform/http/errors";

/** Requests with their respondent's name and, once answered, the response and its scores. */
export function requestsWithResponses(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom("instrument_request as r")
    .innerJoin("child as ch", "ch.id", "r.child_id")
    .leftJoin("instrument_response as s", "s.request_id", "r.id")
    .leftJoin("app_user as u", "u.id", "r.respondent_user_id")
    .leftJoin("guardian as g", "g.id", "r.respondent_guardian_id")
    .leftJoin("app_user as sb", "sb.id", "s.submitted_by")
    .selectAll("r")
    .select([
      "ch.given_name as child_given_name",
      "ch.family_name as child_family_name",
      "u.display_name as respondent_user_name",
      "g.given_name as guardian_given_name",
      "g.family_name as guardian_family_name",
      "s.id as response_id",
      "s.answers",
      "s.scores",
      "s.submitted_at",
      "sb.display_name as submitted_by_name",
    ])
    .where("r.tenant_id", "=", tenantId);
}

export type RequestRow = Awaited<
  ReturnType<ReturnType<typeof requestsWithResponses>["executeTakeFirstOrThrow"]>
>;

export async function findRequest(
  db: Kysely<Database>,
  tenantId: string,
  requestId: string,
): Promise<RequestRow> {
  const row = await requestsWithResponses(db, tenantId)
    .where("r.id", "=", requestId)
    .executeTakeFirst();
  if (!row) throw notFound("instrument request");
  return row;
}

export function respondentName(r: RequestRow): string {
  if (r.respondent_kind === "professional") return r.respondent_user_name ?? "";
  if (r.respondent_kind === "guardian")
    return `${r.guardian_given_name ?? ""} ${r.guardian_family_name ?? ""}`.trim();
  return `${r.child_given_name} ${r.child_family_name}`;
}

export function toSummary(
  r: RequestRow,
  today = stockholmDate(new Date()),
): InstrumentRequestSummary {
  return {
    id: r.id,
    instrument: r.instrument,
    version: r.version,
    informant: r.informant,
    occasion: r.occasion,
    meetingId: r.meeting_id,
    dueDate: r.due_date,
    status: r.status,
    overdue: r.status === "sent" && r.due_date < today,
    respondent: { kind: r.respondent_kind, name: respondentName(r) },
    requestedAt: r.requested_at.toISOString(),
    submittedAt: r.submitted_at?.toISOString() ?? null,
    responseId: r.response_id,
    scores: (r.scores as InstrumentScores | null) ?? null,
  };
}
