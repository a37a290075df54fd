import { createHash } from "node:crypto";

/** A UUID that is the same every time for the same text (SHA-1 based, version 5 layout). */
export function stableUuid(text: string): string {
  const h = createHash("sha1").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
