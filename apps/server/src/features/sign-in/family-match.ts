import { randomBytes } from "node:crypto";
import type { Transaction } from "kysely";
import { parsePersonalNumber } from "@kring/domain";
import type { Database } from "../../platform/db/schema";
import type { ExternalIdentity, Refusal } from "./external-identity";
import type { Provider } from "./providers";
import { childSignsIn } from "../family/family-accounts";
import { NO_PASSWORD } from "./staff-match";

type Trx = Transaction<Database>;

// Families (ADR 0039): the personal identity number the e-ID vouches for finds a guardian of a
// child in the tenant, or, from the age the tenant sets, the child. Nothing else lets anyone in.
// The first sign-in makes the family account (no password; the family view as today) and links
// every guardian row of that number to it, so that each of their children is reached.

export async function matchFamily(
  trx: Trx,
  provider: Provider,
  identity: ExternalIdentity,
): Promise<{ userId: string; created: boolean } | Refusal> {
  const number = parsePersonalNumber(identity.key)?.value;
  if (!number) return "no_key";
  const guardians = await trx
    .selectFrom("guardian as g")
    .select(["g.id", "g.user_id", "g.given_name", "g.family_name"])
    .where("g.tenant_id", "=", provider.tenantId)
    .where("g.personal_number", "=", number)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("child_guardian as cg")
          .select("cg.child_id")
          .whereRef("cg.guardian_id", "=", "g.id")
          // Only a guardian with custody enters; a parent without custody does not (ADR 0044).
          .where("cg.custody", "=", true),
      ),
    )
    .orderBy("g.created_at")
    .execute();
  if (guardians.length > 0) {
    const first = guardians[0]!;
    const existing = guardians.find((g) => g.user_id)?.user_id;
    const userId =
      existing ??
      (await familyAccount(trx, provider, "guardian", `${first.given_name} ${first.family_name}`));
    const unlinked = guardians.filter((g) => !g.user_id).map((g) => g.id);
    if (unlinked.length > 0)
      await trx
        .updateTable("guardian")
        .set({ user_id: userId })
        .where("id", "in", unlinked)
        .execute();
    return existing ? active(trx, existing) : { userId, created: true };
  }
  const child = await trx
    .selectFrom("child")
    .select(["id", "user_id", "birth_date", "given_name", "family_name"])
    .where("tenant_id", "=", provider.tenantId)
    .where("personal_number", "=", number)
    .executeTakeFirst();
  if (!child || !(await childSignsIn(trx, provider.tenantId, child.birth_date)))
    return "unknown_person";
  if (child.user_id) return active(trx, child.user_id);
  const userId = await familyAccount(
    trx,
    provider,
    "child",
    `${child.given_name} ${child.family_name}`,
  );
  await trx.updateTable("child").set({ user_id: userId }).where("id", "=", child.id).execute();
  return { userId, created: true };
}

/** An account made earlier may have been closed since; one made now is active. */
async function active(trx: Trx, userId: string) {
  const user = await trx
    .selectFrom("app_user")
    .select("active")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  return user.active ? { userId, created: false } : ("inactive_account" as const);
}

async function familyAccount(
  trx: Trx,
  provider: Provider,
  kind: "guardian" | "child",
  displayName: string,
) {
  const user = await trx
    .insertInto("app_user")
    .values({
      tenant_id: provider.tenantId,
      // No one types it: the family signs in with e-ID.
      username: `e-legitimation-${randomBytes(8).toString("hex")}`,
      display_name: displayName,
      kind,
      password_hash: NO_PASSWORD,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return user.id;
}
