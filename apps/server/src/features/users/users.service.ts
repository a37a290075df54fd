import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import type {
  AddMembershipRequest,
  AdminUser,
  CreateUserRequest,
  UpdateUserRequest,
} from "@kring/contracts";
import { type Actor, requireRole } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import { hashPassword } from "../../platform/auth/password";
import { checkNewPassword } from "../../platform/auth/password-policy";
import { clearAllAttempts } from "../../platform/auth/login-throttle";
import type { Database } from "../../platform/db/schema";
import { AppError, badRequest, conflict, notFound } from "../../platform/http/errors";
import { belongsToTenant } from "../organisation/organisation.repository";
import { listUsers } from "./users.repository";

// An administrator cannot take away their own way in; another administrator must do it.
const lockingOutSelf = () =>
  badRequest("self_lockout", "Du kan inte stänga av dig själv.", "You cannot deactivate yourself.");

// Roles decide what a user sees; an administrator giving themselves one (e.g. social secretary)
// would see children's data by their own say-so. Another administrator changes their roles.
const changingOwnRoles = () =>
  new AppError(
    403,
    "own_roles",
    "Du kan inte ändra dina egna roller. Be en annan administratör.",
    "You cannot change your own roles. Ask another administrator.",
  );

export async function searchUsers(db: Kysely<Database>, actor: Actor, q: string | undefined) {
  requireRole(actor, "administrator");
  return db.transaction().execute(async (trx) => {
    const users = await listUsers(trx, actor.tenantId, q);
    await recordAudit(trx, actor, {
      action: "user.list",
      entityType: "user",
      details: { count: users.length, filtered: !!q },
    });
    return users;
  });
}

export async function getUser(
  db: Kysely<Database>,
  tenantId: string,
  id: string,
): Promise<AdminUser> {
  const [user] = await listUsers(db, tenantId, undefined, [id]);
  if (!user) throw notFound("user");
  return user;
}

export async function createUser(
  db: Kysely<Database>,
  actor: Actor,
  input: z.infer<typeof CreateUserRequest>,
) {
  requireRole(actor, "administrator");
  checkNewPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  const taken = await db
    .selectFrom("app_user")
    .select("id")
    .where((eb) => eb(eb.fn("lower", ["username"]), "=", input.username.toLowerCase()))
    .executeTakeFirst();
  if (taken) throw conflict("Användarnamnet är upptaget.", "The username is taken.");
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("app_user")
      .values({
        tenant_id: actor.tenantId,
        username: input.username,
        display_name: input.displayName,
        email: input.email ?? null,
        kind: input.kind,
        password_hash: passwordHash,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: "user.create", entityType: "user", entityId: row.id });
    return getUser(trx, actor.tenantId, row.id);
  });
}

export async function updateUser(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: z.infer<typeof UpdateUserRequest>,
) {
  requireRole(actor, "administrator");
  if (id === actor.userId && input.active === false) throw lockingOutSelf();
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("app_user")
      .select(["username", "kind"])
      .where("id", "=", id)
      .where("tenant_id", "=", actor.tenantId)
      .executeTakeFirst();
    if (!user) throw notFound("user");
    // Families sign in by personal identity number (ADR 0044); these keys are staff's.
    if ((input.hsaId || input.eppn) && user.kind !== "professional")
      throw badRequest(
        "staff_keys_only",
        "HSA-id och eduPersonPrincipalName kan bara anges för personal.",
        "An HSA-id and an eduPersonPrincipalName can only be set for staff.",
      );
    for (const key of ["hsa_id", "eppn"] as const) {
      const value = key === "hsa_id" ? input.hsaId : input.eppn;
      if (value) await requireFreeKey(trx, actor.tenantId, id, key, value);
    }
    const changes = {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.hsaId !== undefined ? { hsa_id: input.hsaId } : {}),
      ...(input.eppn !== undefined ? { eppn: input.eppn } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    if (Object.keys(changes).length > 0)
      await trx.updateTable("app_user").set(changes).where("id", "=", id).execute();
    // Unlocking lifts the waits after failed sign-ins, from every address.
    if (input.unlock) await clearAllAttempts(trx, user.username);
    // A deactivated user is logged out everywhere at once.
    if (input.active === false)
      await trx.deleteFrom("user_session").where("user_id", "=", id).execute();
    await recordAudit(trx, actor, {
      action: "user.update",
      entityType: "user",
      entityId: id,
      details: { fields: Object.keys(input) },
    });
    return getUser(trx, actor.tenantId, id);
  });
}

// A staff provider finds the account by HSA-id or eduPersonPrincipalName (staff-match.ts), so
// within a municipality each may belong to one account only (case-insensitively, as matched).
async function requireFreeKey(
  trx: Transaction<Database>,
  tenantId: string,
  userId: string,
  key: "hsa_id" | "eppn",
  value: string,
) {
  const other = await trx
    .selectFrom("app_user")
    .select("id")
    .where("tenant_id", "=", tenantId)
    .where("id", "!=", userId)
    .where((eb) => eb(eb.fn("lower", [key]), "=", value.toLowerCase()))
    .executeTakeFirst();
  if (!other) return;
  throw key === "hsa_id"
    ? new AppError(
        409,
        "hsa_id_taken",
        "HSA-id:t används redan av ett annat konto i kommunen. Ta bort det där först.",
        "The HSA-id is already used by another account in the municipality. Remove it there first.",
      )
    : new AppError(
        409,
        "eppn_taken",
        "eduPersonPrincipalName används redan av ett annat konto i kommunen. Ta bort det där först.",
        "The eduPersonPrincipalName is already used by another account in the municipality. Remove it there first.",
      );
}

export async function addMembership(
  db: Kysely<Database>,
  actor: Actor,
  userId: string,
  input: z.infer<typeof AddMembershipRequest>,
) {
  requireRole(actor, "administrator");
  if (userId === actor.userId) throw changingOwnRoles();
  if (!(await belongsToTenant(db, "unit", actor.tenantId, [input.unitId]))) {
    throw badRequest("unknown_reference", "Enheten finns inte.", "The unit does not exist.");
  }
  await getUser(db, actor.tenantId, userId);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("membership")
      .values({
        tenant_id: actor.tenantId,
        user_id: userId,
        unit_id: input.unitId,
        role: input.role,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "membership.create",
      entityType: "membership",
      entityId: row.id,
      details: { userId, unitId: input.unitId, role: input.role },
    });
    return getUser(trx, actor.tenantId, userId);
  });
}

export async function removeMembership(
  db: Kysely<Database>,
  actor: Actor,
  userId: string,
  membershipId: string,
) {
  requireRole(actor, "administrator");
  if (userId === actor.userId) throw changingOwnRoles();
  return db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom("membership")
      .where("id", "=", membershipId)
      .where("user_id", "=", userId)
      .where("tenant_id", "=", actor.tenantId)
      .returning(["unit_id", "role"])
      .executeTakeFirst();
    if (!removed) throw notFound("membership");
    await recordAudit(trx, actor, {
      action: "membership.delete",
      entityType: "membership",
      entityId: membershipId,
      details: { userId, unitId: removed.unit_id, role: removed.role },
    });
    return getUser(trx, actor.tenantId, userId);
  });
}
