// Checks on a consent record before it is stored.
import type { ConsentRecord } from "./consent";

export type ConsentIssueCode =
  "no_givers" | "no_units" | "purpose_required" | "invalid_date" | "ends_before_start";

export interface ConsentIssue {
  code: ConsentIssueCode;
  messageEn: string;
  messageSv: string;
}

const MESSAGES: Record<ConsentIssueCode, { en: string; sv: string }> = {
  no_givers: { en: "Who gave the consent is missing.", sv: "Det saknas vem som lämnat samtycket." },
  no_units: {
    en: "The consent must name at least one organisation.",
    sv: "Samtycket måste gälla minst en verksamhet.",
  },
  purpose_required: { en: "State the purpose.", sv: "Ange syftet." },
  invalid_date: { en: "A date is invalid.", sv: "Ett datum är ogiltigt." },
  ends_before_start: {
    en: "The consent ends before it starts.",
    sv: "Samtycket slutar innan det börjar.",
  },
};

export function validateConsent(consent: ConsentRecord): ConsentIssue[] {
  const codes: ConsentIssueCode[] = [];
  if (consent.givenBy.length === 0) codes.push("no_givers");
  if (consent.unitIds.length === 0) codes.push("no_units");
  if (consent.purpose.trim() === "") codes.push("purpose_required");
  const dates = [consent.validFrom, consent.validUntil, consent.withdrawnAt].filter(
    (d): d is Date => d !== undefined,
  );
  if (dates.some((d) => Number.isNaN(d.getTime()))) codes.push("invalid_date");
  else if (consent.validUntil && consent.validUntil.getTime() <= consent.validFrom.getTime()) {
    codes.push("ends_before_start");
  }
  return codes.map((code) => ({
    code,
    messageEn: MESSAGES[code].en,
    messageSv: MESSAGES[code].sv,
  }));
}
