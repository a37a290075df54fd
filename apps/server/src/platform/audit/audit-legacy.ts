import { createHash } from "node:crypto";
import { type ChainedFields, canonicalJson } from "./audit-hash";

// Releases before the canonical encoding hashed text as it came: a lone surrogate was hashed as
// its JSON escape (\ud800) but stored by the database driver as U+FFFD, so the entry read back as
// "altered" although nobody had changed it. With one U+FFFD in the entry's text, each of the 2048
// surrogates can be tried in its place: if one gives the stored hash, the row is what was written.

const TEXT_FIELDS = ["action", "entityType", "entityId", "reason"] as const;

function hashAsGiven(f: ChainedFields): string {
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
    canonicalJson(f.details),
    f.prevHash,
  ]);
  return createHash("sha256").update(payload, "utf8").digest("hex");
}

/** Whether an entry written by an earlier release with one lone surrogate in its text is intact. */
export function matchesLoneSurrogateEntry(f: ChainedFields, hash: string): boolean {
  const replaced = TEXT_FIELDS.filter((k) => f[k]?.includes("\ufffd"));
  const count = replaced.reduce((n, k) => n + f[k]!.split("\ufffd").length - 1, 0);
  if (count !== 1) return false;
  const field = replaced[0]!;
  for (let code = 0xd800; code < 0xe000; code++) {
    const text = f[field]!.replace("\ufffd", String.fromCharCode(code));
    if (hashAsGiven({ ...f, [field]: text }) === hash) return true;
  }
  return false;
}
