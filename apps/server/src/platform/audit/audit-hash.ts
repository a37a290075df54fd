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

// A lone surrogate cannot be stored (the database driver writes U+FFFD instead) and NUL is refused
// by PostgreSQL text and jsonb; both become U+FFFD, so what is hashed is exactly what is stored.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function canonicalText(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd").replaceAll("\u0000", "\ufffd");
}

/**
 * The value as it will read back from jsonb: plain JSON (dates as ISO text, undefined dropped),
 * well-formed text in keys and values, and keys sorted at every level (jsonb does not keep key
 * order; the order is by UTF-16 code units, as RFC 8785 asks).
 */
export function canonicalJson(value: unknown): unknown {
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  return sortAndClean(plain);
}

function sortAndClean(value: unknown): unknown {
  if (typeof value === "string") return canonicalText(value);
  if (Array.isArray(value)) return value.map(sortAndClean);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([k, v]) => [canonicalText(k), sortAndClean(v)] as const,
    );
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return value;
}

const textOrNull = (text: string | null) => (text === null ? null : canonicalText(text));

/**
 * SHA-256 over the RFC 8785 (JCS) form of the fields as a JSON array, UTF-8 encoded. For
 * well-formed text this is byte for byte what earlier releases hashed, so chains written before
 * still verify.
 */
export function chainHash(f: ChainedFields): string {
  const payload = JSON.stringify([
    canonicalText(f.tenantId),
    f.seq,
    f.at.toISOString(),
    textOrNull(f.actorUserId),
    canonicalText(f.action),
    canonicalText(f.entityType),
    textOrNull(f.entityId),
    textOrNull(f.childId),
    textOrNull(f.reason),
    canonicalJson(f.details),
    canonicalText(f.prevHash),
  ]);
  return createHash("sha256").update(payload, "utf8").digest("hex");
}
