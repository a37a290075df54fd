// The family's accounts (issue 19.3, ADR 0038). No one creates an account for a guardian: the
// guardian record (from SS 12000, the CSV import, a request or the child's page) is enough, and
// the account is made the first time the person signs in with e-ID. The sign-in core matches the
// personal identity number from the e-ID and calls familyUserForPersonalNumber (or, when it has
// found the record itself, familyUserForGuardian / familyUserForChild); each returns the user to
// start a session for, or null when the person may not enter the family view. Family passwords
// stay for the demo and the tests only.
import type { Transaction } from "kysely";
import { parsePersonalNumber } from "@kring/domain";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { childInvited } from "../cases/meeting-family";

type Db = Transaction<Database>;

/** An account made at sign-in has no password: verifying any password against this fails. */
const NO_PASSWORD = "!e-id";

/** Whether the child signs in on their own: from the tenant's age (consent rules, 15 by default). */
export async function childSignsIn(db: Db, tenantId: string, birthDate: string) {
  return childInvited(db, tenantId, birthDate);
}

/**
 * The account of the guardian with this personal identity number, made at the first sign-in.
 * Only a guardian with custody of at least one child enters (a parent without custody does
 * not). The same person may be several guardian records (imported and typed by hand): all of
 * them are linked to one account.
 */
async function guardianUser(db: Db, tenantId: string, personalNumber: string) {
  const records = await db
    .selectFrom("guardian as g")
    .select(["g.id", "g.user_id", "g.given_name", "g.family_name"])
    .where("g.tenant_id", "=", tenantId)
    .where("g.personal_number", "=", personalNumber)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("child_guardian as cg")
          .select("cg.child_id")
          .whereRef("cg.guardian_id", "=", "g.id")
          .where("cg.custody", "=", true),
      ),
    )
    .orderBy("g.created_at")
    .forUpdate()
    .execute();
  if (!records.length) return null;
  const existing = records.find((r) => r.user_id)?.user_id;
  const first = records[0]!;
  const userId =
    existing ??
    (await createFamilyUser(db, tenantId, "guardian", `${first.given_name} ${first.family_name}`));
  const unlinked = records.filter((r) => r.user_id !== userId).map((r) => r.id);
  if (unlinked.length)
    await db.updateTable("guardian").set({ user_id: userId }).where("id", "in", unlinked).execute();
  if (!existing || unlinked.length)
    await recordAudit(db, familySignIn(tenantId), {
      action: "family.account_link",
      entityType: "guardian",
      entityId: first.id,
      details: { created: !existing, records: unlinked.length },
    });
  return userId;
}

async function createFamilyUser(
  db: Db,
  tenantId: string,
  kind: "guardian" | "child",
  displayName: string,
) {
  const row = await db
    .insertInto("app_user")
    .values({
      tenant_id: tenantId,
      // Unique and meaningless: no one signs in with it, and it names no one.
      username: `${kind === "guardian" ? "familj" : "barn"}-${crypto.randomUUID()}`,
      display_name: displayName,
      email: null,
      kind,
      password_hash: NO_PASSWORD,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const familySignIn = (tenantId: string) => ({
  tenantId,
  userId: null,
  system: "family-sign-in",
});

/** The guardian record's account: by its personal number, or null (no number, no custody). */
export async function familyUserForGuardian(db: Db, tenantId: string, guardianId: string) {
  const g = await db
    .selectFrom("guardian")
    .select(["personal_number", "user_id"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", guardianId)
    .executeTakeFirst();
  if (!g?.personal_number) return null;
  return guardianUser(db, tenantId, g.personal_number);
}

/** The child's own account, from the tenant's age; null for a younger child. */
export async function familyUserForChild(db: Db, tenantId: string, childId: string) {
  const child = await db
    .selectFrom("child")
    .select(["id", "user_id", "birth_date", "given_name", "family_name"])
    .where("tenant_id", "=", tenantId)
    .where("id", "=", childId)
    .forUpdate()
    .executeTakeFirst();
  if (!child || !(await childSignsIn(db, tenantId, child.birth_date))) return null;
  if (child.user_id) return child.user_id;
  const userId = await createFamilyUser(
    db,
    tenantId,
    "child",
    `${child.given_name} ${child.family_name}`,
  );
  await db.updateTable("child").set({ user_id: userId }).where("id", "=", child.id).execute();
  await recordAudit(db, familySignIn(tenantId), {
    action: "family.account_link",
    entityType: "child",
    entityId: child.id,
    childId: child.id,
    details: { created: true },
  });
  return userId;
}

/**
 * Whom a personal identity number from e-ID signs in to the family view: a guardian with custody
 * (first), else the child from the tenant's age; null for anyone else (the friendly page that
 * says whom to contact). Call inside a transaction: the rows are locked while the account is made.
 */
export async function familyUserForPersonalNumber(db: Db, tenantId: string, number: string) {
  const parsed = parsePersonalNumber(number);
  if (!parsed) return null;
  const guardian = await guardianUser(db, tenantId, parsed.value);
  if (guardian) return { userId: guardian, kind: "guardian" as const };
  const child = await db
    .selectFrom("child")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("personal_number", "=", parsed.value)
    .executeTakeFirst();
  const userId = child ? await familyUserForChild(db, tenantId, child.id) : null;
  return userId ? { userId, kind: "child" as const } : null;
}
