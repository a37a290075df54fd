// Storing a submitted form: shared by professionals in the app and the family view.
import type { Transaction } from "kysely";
import { InstrumentAnswers } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { conflict } from "../../platform/http/errors";
import { instrumentSettingsOf } from "./instrument-settings";
import type { RequestRow } from "./requests.repository";
import { ageOn } from "@kring/domain/instruments";
import { stockholmDate } from "@kring/domain/cases";
import { invalidAnswers, noDifficultiesOf, scoreAnswers } from "./scoring";

const notOpen = (status: string) =>
  status === "submitted"
    ? conflict("Formuläret är redan besvarat.", "The form has already been answered.")
    : conflict("Formuläret är återkallat.", "The form has been withdrawn.");

/**
 * Scores the answers with the domain's functions and stores both, raw and scored, in the same
 * transaction as the audit entry. The request is claimed with a conditional update, so two
 * submissions racing each other cannot both be stored.
 */
export async function storeResponse(
  trx: Transaction<Database>,
  actor: Actor,
  request: RequestRow,
  input: unknown,
) {
  if (request.status !== "sent") throw notOpen(request.status);
  // Checked here too, not only at the route: the demo and imports call this directly, and what
  // is stored must be the normalised form (defaults filled in) the API later answers with.
  const parsed = InstrumentAnswers.safeParse(input);
  if (!parsed.success)
    throw invalidAnswers(
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  // The overall SDQ answer and the yes/no it implies are stored in step.
  const answers =
    "answers" in parsed.data
      ? { ...parsed.data, noDifficulties: noDifficultiesOf(parsed.data) }
      : parsed.data;
  const { thresholds } = await instrumentSettingsOf(trx, actor.tenantId);
  // The child's age today picks the ORS cut-off (CORS, adolescent or adult; Duncan et al. 2006).
  const child = await trx
    .selectFrom("child")
    .select("birth_date")
    .where("id", "=", request.child_id)
    .executeTakeFirst();
  const age = child ? ageOn(child.birth_date, stockholmDate(new Date())) : null;
  const scores = scoreAnswers(request, answers, thresholds, age);
  const claimed = await trx
    .updateTable("instrument_request")
    .set({ status: "submitted" })
    .where("id", "=", request.id)
    .where("status", "=", "sent")
    .executeTakeFirst();
  if (claimed.numUpdatedRows === 0n) throw notOpen("submitted");
  const response = await trx
    .insertInto("instrument_response")
    .values({
      tenant_id: actor.tenantId,
      request_id: request.id,
      answers: JSON.stringify(answers),
      scores: JSON.stringify(scores),
      submitted_by: actor.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(trx, actor, {
    action: "instrument.response.submit",
    entityType: "instrument_response",
    entityId: response.id,
    childId: request.child_id,
    details: { caseId: request.case_id, requestId: request.id, instrument: request.instrument },
  });
  return { responseId: response.id, scores };
}
