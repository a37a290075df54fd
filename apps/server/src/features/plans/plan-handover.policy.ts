import type { Transaction } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";
import { unitCoveredByConsent } from "../cases/consent.repository";
import { listHandovers } from "./plan-handover.repository";

type Trx = Transaction<Database>;

// Without the family's consent naming the receiving unit, nothing moves: not the proposal, not
// the acceptance (consent may be withdrawn in between).
export async function requireConsentFor(trx: Trx, caseId: string, unitId: string) {
  if (await unitCoveredByConsent(trx, caseId, unitId)) return;
  throw new AppError(
    422,
    "handover_consent_missing",
    "Vårdnadshavarnas samtycke som omfattar den mottagande enheten saknas. Utan samtycke flyttas inget.",
    "The guardians' consent naming the receiving unit is missing. Without consent nothing moves.",
  );
}

const RECEIVING_ROLES_EXCLUDED = ["analyst", "log_reviewer", "administrator"];
export const receivingUnits = (actor: Actor) =>
  actor.memberships.filter((m) => !RECEIVING_ROLES_EXCLUDED.includes(m.role)).map((m) => m.unitId);

/**
 * Proposed handovers to the actor's units that the family's consent still covers: what the
 * receiving side may see (the incoming page and the worklist), before it has any case access.
 */
export async function consentedIncoming(trx: Trx, actor: Actor) {
  const proposed = await listHandovers(trx, actor.tenantId, {
    toUnitIds: receivingUnits(actor),
    status: "proposed",
  });
  const visible = [];
  for (const h of proposed)
    if (await unitCoveredByConsent(trx, h.caseId, h.toUnit.id)) visible.push(h);
  return visible;
}
