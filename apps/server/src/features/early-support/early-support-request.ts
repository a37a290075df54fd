import type { Transaction } from "kysely";
import type { z } from "zod";
import type { RequestFromEarlySupport } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest } from "../../platform/http/errors";
import { guardTeamContact } from "./early-support.service";

/**
 * A request for collaboration raised from an early-support contact (in the request's own
 * transaction, cases.service.ts): the contact is linked to the case and leaves the team's open
 * work. The case's network reads it only if the family agreed, and who agreed is kept.
 */
export async function linkEarlySupportToRequest(
  trx: Transaction<Database>,
  actor: Actor,
  input: z.infer<typeof RequestFromEarlySupport>,
  caseId: string,
  childId: string,
) {
  const contact = await guardTeamContact(trx, actor, input.contactId);
  if (contact.child_id !== childId)
    throw badRequest(
      "early_support_other_child",
      "Det tidiga stödet gäller ett annat barn.",
      "The early-support contact is about another child.",
    );
  if (input.shareWithNetwork && !input.agreedBy)
    throw badRequest(
      "sharing_agreed_by_required",
      "Skriv vem i familjen som gick med på att nätverket får läsa det tidiga stödet.",
      "Say who in the family agreed that the network may read the early support.",
    );
  await trx
    .updateTable("early_support_contact")
    .set({
      status: "request_raised",
      case_id: caseId,
      shared_with_network: input.shareWithNetwork,
      sharing_agreed_by: input.shareWithNetwork ? input.agreedBy : null,
      sharing_recorded_by: input.shareWithNetwork ? actor.userId : null,
      sharing_recorded_at: input.shareWithNetwork ? new Date() : null,
      closed_reason: "Förfrågan om samverkan gjord",
      closed_by: actor.userId,
      closed_at: new Date(),
      updated_at: new Date(),
    })
    .where("id", "=", contact.id)
    .execute();
  await recordAudit(trx, actor, {
    action: "early_support.request_raised",
    entityType: "early_support",
    entityId: contact.id,
    childId,
    details: { caseId, sharedWithNetwork: input.shareWithNetwork },
  });
}
