// Who in the family can be reached in the family view without an account made in advance
// (issue 19.3, ADR 0044). The account itself is made at the first e-ID sign-in by the sign-in
// core (features/sign-in/family-match.ts, ADR 0039), from the guardian record's personal number
// (custody required) or, from the tenant's sign-in age, the child's.
import type { Kysely, Transaction } from "kysely";
import { stockholmDate } from "@kring/domain/cases";
import { ageOn } from "@kring/domain/instruments";
import type { Database } from "../../platform/db/schema";
import { signInSettingsOf } from "../sign-in/providers";

/** Whether the child signs in with e-ID on their own: from the age the tenant sets, if any. */
export async function childSignsIn(
  db: Kysely<Database> | Transaction<Database>,
  tenantId: string,
  birthDate: string,
) {
  const { childSignInFromAge } = await signInSettingsOf(db, tenantId);
  return (
    childSignInFromAge !== null && ageOn(birthDate, stockholmDate(new Date())) >= childSignInFromAge
  );
}
