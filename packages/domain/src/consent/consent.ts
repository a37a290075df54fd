// Consent to share information about a child across organisations (OSL 12 kap. 2 §). Given by
// guardians (and by the child as they mature) to named units, for a purpose; may expire; may be
// withdrawn at any time. Withdrawal stops sharing from that instant and never deletes the record.

export interface ConsentGiver {
  kind: "guardian" | "child";
  id: string;
}

export interface ConsentRecord {
  id: string;
  givenBy: readonly ConsentGiver[];
  /** The organisations (units) the consent names. */
  unitIds: readonly string[];
  purpose: string;
  validFrom: Date;
  /** Exclusive end: the consent no longer holds at this instant. */
  validUntil?: Date;
  /** The consent no longer holds from this instant on (inclusive). */
  withdrawnAt?: Date;
  /**
   * Everyone whose consent is needed, recorded with the consent: with joint custody both
   * guardians (and, as they mature, the child). When present the consent is `incomplete`, and
   * allows no sharing, until every required giver is in `givenBy`. A withdrawal by any one of
   * them withdraws the whole record (set `withdrawnAt`). Absent: the givers listed suffice.
   */
  requiredGivers?: readonly ConsentGiver[];
}

export const CONSENT_STATUSES = [
  "active",
  "expired",
  "withdrawn",
  "not_yet_valid",
  "incomplete",
] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_STATUS_LABELS: Record<ConsentStatus, { sv: string; en: string }> = {
  active: { sv: "Gäller", en: "Active" },
  expired: { sv: "Har gått ut", en: "Expired" },
  withdrawn: { sv: "Återkallat", en: "Withdrawn" },
  not_yet_valid: { sv: "Gäller inte än", en: "Not yet valid" },
  incomplete: { sv: "Väntar på samtycke från alla", en: "Waiting for everyone's consent" },
};

const time = (d: Date | undefined) => (d === undefined ? undefined : d.getTime());

export function missingGivers(consent: ConsentRecord): ConsentGiver[] {
  return (consent.requiredGivers ?? []).filter(
    (r) => !consent.givenBy.some((g) => g.kind === r.kind && g.id === r.id),
  );
}

/**
 * The status at an instant. Precedence: withdrawn, not yet valid, expired, incomplete, active.
 * An invalid Date anywhere makes the consent count as not in force (never as active).
 */
export function consentStatus(consent: ConsentRecord, at: Date): ConsentStatus {
  const t = at.getTime();
  const from = time(consent.validFrom);
  const until = time(consent.validUntil);
  const withdrawn = time(consent.withdrawnAt);
  if (withdrawn !== undefined && (Number.isNaN(withdrawn) || withdrawn <= t)) return "withdrawn";
  if (Number.isNaN(t) || from === undefined || Number.isNaN(from) || t < from)
    return "not_yet_valid";
  if (until !== undefined && (Number.isNaN(until) || t >= until)) return "expired";
  if (consent.givenBy.length === 0 || missingGivers(consent).length > 0) return "incomplete";
  return "active";
}

export function isConsentActive(consent: ConsentRecord, at: Date): boolean {
  return consentStatus(consent, at) === "active";
}

/**
 * Withdraw from `at` on. Returns a new record; the original stays as it was. An earlier
 * withdrawal stands (a later one cannot move it).
 */
export function withdrawConsent(consent: ConsentRecord, at: Date): ConsentRecord {
  if (Number.isNaN(at.getTime())) throw new RangeError("Invalid Date");
  const earlier = consent.withdrawnAt && consent.withdrawnAt.getTime() <= at.getTime();
  return earlier ? consent : { ...consent, withdrawnAt: new Date(at.getTime()) };
}
