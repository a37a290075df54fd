import type { Kysely } from "kysely";
import type { z } from "zod";
import type { CaseEarlySupport, EarlySupportSharing } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { conflict } from "../../platform/http/errors";
import { guardCase } from "../cases/case-guard";
import { readableContacts } from "./early-support.policy";
import { guardTeamContact } from "./early-support.service";

/**
 * The family agreed after the request was raised that the case's network may read the contact
 * (ADR 0041, amended): the recorder or the unit's team records who in the family agreed. Only a
 * contact that became a request, and only once: the agreement is not taken back here (the
 * family withdraws it as they withdraw consent to the case, which ends the network's reading).
 */
export async function recordLaterSharing(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof EarlySupportSharing>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await guardTeamContact(trx, actor, id, { open: false });
    if (row.status !== "request_raised" || !row.case_id)
      throw conflict(
        "Det tidiga stödet blev ingen förfrågan om samverkan, så det finns inget nätverk att dela med.",
        "The early support did not become a request, so there is no network to share it with.",
      );
    if (row.shared_with_network)
      throw conflict(
        "Familjen har redan godkänt att nätverket får läsa det tidiga stödet.",
        "The family already agreed that the network may read the early support.",
      );
    await trx
      .updateTable("early_support_contact")
      .set({
        shared_with_network: true,
        sharing_agreed_by: input.agreedBy,
        sharing_recorded_by: actor.userId,
        sharing_recorded_at: new Date(),
        updated_at: new Date(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, actor, {
      action: "early_support.sharing_agreed",
      entityType: "early_support",
      entityId: id,
      childId: row.child_id,
      details: { caseId: row.case_id, later: true },
    });
  });
}

/**
 * "Tidigt stöd före ärendet" on the case page: the contacts the case was raised from that the
 * reader may open. A network member sees them only when the family agreed to share (the one
 * rule, `readableContacts`); the team sees its own. Intake, emergency readers and the raiser's
 * status view get nothing beyond what guardCase already allows.
 */
export async function caseEarlySupport(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
): Promise<CaseEarlySupport> {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const rows = await trx
      .selectFrom("early_support_contact as e")
      .innerJoin("unit as u", "u.id", "e.unit_id")
      .innerJoin("app_user as r", "r.id", "e.recorded_by")
      .select(["e.id", "u.name as unit_name", "r.display_name", "e.created_at"])
      .select(["e.shared_with_network", "e.sharing_agreed_by"])
      .where("e.case_id", "=", caseId)
      .where(readableContacts(actor))
      .orderBy("e.created_at")
      .execute();
    if (rows.length > 0)
      await recordAudit(trx, actor, {
        action: "early_support.case_list",
        entityType: "early_support",
        entityId: caseId,
        childId: guarded.row.child_id,
        details: { n: rows.length, basis: guarded.basis },
      });
    return {
      contacts: rows.map((r) => ({
        id: r.id,
        unitName: r.unit_name,
        recordedByName: r.display_name,
        createdAt: r.created_at.toISOString(),
        sharedWithNetwork: r.shared_with_network,
        sharingAgreedBy: r.sharing_agreed_by,
      })),
    };
  });
}
