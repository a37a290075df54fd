import type { Transaction } from "kysely";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import type { FamilyChild } from "./family-access";

type Trx = Transaction<Database>;

export const viewerOf = (actor: Actor): "guardian" | "child" =>
  actor.kind === "child" ? "child" : "guardian";
export const familyAudit = (
  trx: Trx,
  actor: Actor,
  action: string,
  childId: string,
  details: Record<string, unknown> = {},
) =>
  recordAudit(trx, actor, {
    action,
    entityType: "family_view",
    entityId: childId,
    childId,
    details,
  });
export const partyOf = (actor: Actor, child: FamilyChild) =>
  actor.kind === "child"
    ? { kind: "child" as const }
    : { kind: "guardian" as const, guardianId: child.guardian_id! };
