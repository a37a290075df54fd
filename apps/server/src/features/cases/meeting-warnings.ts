import type { Transaction } from "kysely";
import type { MeetingWarning } from "@kring/contracts";
import type { Database } from "../../platform/db/schema";
import type { GuardedCase } from "./case-guard";

/**
 * A free-text place is written into every invitation the coordinators send; for a child with
 * protected identity it can tell where the child lives or goes to school (ADR 0016). The meeting
 * is saved all the same: the warning asks the writer to check the place at entry.
 */
export async function placeWarnings(
  trx: Transaction<Database>,
  guarded: GuardedCase,
  place: string | null | undefined,
): Promise<MeetingWarning[]> {
  if (!place?.trim()) return [];
  const child = await trx
    .selectFrom("child")
    .select("protected_identity")
    .where("id", "=", guarded.row.child_id)
    .executeTakeFirstOrThrow();
  if (!child.protected_identity) return [];
  return [
    {
      code: "protected_identity_place",
      message: {
        sv: "Barnet har skyddade personuppgifter. Skriv inte en plats som kan avslöja var barnet bor eller går i skolan.",
        en: "The child has protected personal data. Do not write a place that could reveal where the child lives or goes to school.",
      },
    },
  ];
}
