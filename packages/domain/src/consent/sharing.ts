// May information about the child be shared with a unit at an instant?
import { isConsentActive, type ConsentRecord } from "./consent";

export interface SharingOptions {
  /** Only consents given for this purpose count. */
  purpose?: string;
}

function counts(consent: ConsentRecord, at: Date, options: SharingOptions): boolean {
  if (options.purpose !== undefined && consent.purpose !== options.purpose) return false;
  return isConsentActive(consent, at);
}

/**
 * True when some consent names the unit and is in force at `at`: validFrom <= at < validUntil,
 * not withdrawn at or before `at`, and given by everyone required.
 */
export function isSharingAllowed(
  consents: readonly ConsentRecord[],
  unitId: string,
  at: Date,
  options: SharingOptions = {},
): boolean {
  return consents.some((c) => c.unitIds.includes(unitId) && counts(c, at, options));
}

/** The units covered by some consent in force at `at`, sorted, without duplicates. */
export function coveredUnits(
  consents: readonly ConsentRecord[],
  at: Date,
  options: SharingOptions = {},
): string[] {
  const units = new Set<string>();
  for (const c of consents) if (counts(c, at, options)) c.unitIds.forEach((u) => units.add(u));
  return [...units].sort();
}
