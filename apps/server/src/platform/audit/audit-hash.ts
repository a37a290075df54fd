import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedFields {
  tenantId: string;
  seq: number;
  at: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  childId: string | null;
  reason: string | null;
  details: unknown;
  prevHash: string;
}

// jsonb does not keep key order, so the hash is taken over keys sorted at every level.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function chainHash(f: ChainedFields): string {
  const payload = JSON.stringify([
    f.tenantId,
    f.seq,
    f.at.toISOString(),
    f.actorUserId,
    f.action,
    f.entityType,
    f.entityId,
    f.childId,
    f.reason,
    canonical(f.details),
    f.prevHash,
  ]);
  return createHash("sha256").update(payload).digest("hex");
}
