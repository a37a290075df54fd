import type { Transaction } from "kysely";
import type { Database } from "../../platform/db/schema";

/** Whether the meeting belongs to the case: forms and follow-ups may point only at their own. */
export async function meetingInCase(
  trx: Transaction<Database>,
  caseId: string,
  meetingId: string,
): Promise<boolean> {
  const meeting = await trx
    .selectFrom("meeting")
    .select("id")
    .where("id", "=", meetingId)
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  return meeting !== undefined;
}
