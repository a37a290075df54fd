// A refused step as the person sees it (issue 17.6): the domain names what is missing and which
// part of the network does it; here the people in the case who hold that part are named too, so
// the message reads "… – det gör rektorn i nätverket … Ansvariga: Anna Rektor." Only the
// network's own members are named, and only to someone who already sees the case.
import type { Transaction } from "kysely";
import type { TransitionError } from "@kring/domain/cases";
import type { Database } from "../../platform/db/schema";
import { AppError } from "../../platform/http/errors";

async function namesOf(
  trx: Transaction<Database>,
  caseId: string,
  by: NonNullable<TransitionError["missing"]>["by"],
): Promise<string[]> {
  const members = trx
    .selectFrom("case_member as m")
    .innerJoin("app_user as u", "u.id", "m.user_id")
    .select("u.display_name")
    .distinct()
    .where("m.case_id", "=", caseId)
    .orderBy("u.display_name")
    .where("m.left_at", "is", null);
  if (by === "coordinators")
    return (
      await members.where("m.role", "in", ["coordinator_lead", "coordinator_documenting"]).execute()
    ).map((r) => r.display_name);
  if (by === "follow_up")
    return (
      await members
        .where("m.role", "in", ["contact_person", "coordinator_lead", "coordinator_documenting"])
        .execute()
    ).map((r) => r.display_name);
  if (by === "principal")
    return (
      await members
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("membership as ms")
              .select("ms.id")
              .whereRef("ms.user_id", "=", "m.user_id")
              .where("ms.role", "=", "principal"),
          ),
        )
        .execute()
    ).map((r) => r.display_name);
  return [];
}

export async function gateRefusal(
  trx: Transaction<Database>,
  caseId: string,
  error: TransitionError,
): Promise<AppError> {
  const details: Record<string, unknown> = { reasons: error.reasons ?? [] };
  let sv = error.messageSv;
  let en = error.messageEn;
  if (error.missing) {
    const names = await namesOf(trx, caseId, error.missing.by);
    details.missing = { ...error.missing, names };
    if (names.length > 0) {
      sv += ` Ansvariga: ${names.join(", ")}.`;
      en += ` Who: ${names.join(", ")}.`;
    } else if (error.missing.by === "principal") {
      sv +=
        " Ingen rektor finns i nätverket ännu: lägg till rektorn eller utse kontaktpersonen själv som koordinator.";
      en +=
        " There is no principal in the network yet: add the principal, or appoint the contact person yourself as coordinator.";
    }
  }
  return new AppError(422, error.code, sv, en, details);
}
