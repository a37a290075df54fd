import { createHash } from "node:crypto";

/**
 * A UUID derived from Kring's own ids, so the same thing has the same FHIR id in every export
 * and every run: a receiver updates what it already has rather than adding a copy.
 */
export function derivedUuid(...parts: string[]): string {
  const h = createHash("sha256").update(parts.join(":")).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A Bundle entry whose fullUrl is the resource's id as a urn:uuid. */
export function entry<R extends { id: string }>(resource: R) {
  return { fullUrl: `urn:uuid:${resource.id}`, resource };
}
export const ref = (id: string) => ({ reference: `urn:uuid:${id}` });
