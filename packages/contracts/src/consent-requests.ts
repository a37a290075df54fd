import { z } from "zod";
import { CivilDate, FreeText, Text } from "./input";

// Consent asked of the family in the family view (issue 15.6, ADR 0020).

/** A professional asks the family: for what, which units will share, until when. */
export const ConsentRequestInput = z.object({
  unitIds: z.array(z.uuid()).min(1).max(100),
  purpose: Text(1000),
  validUntil: CivilDate.nullable().optional(),
});

const Unit = z.object({ id: z.uuid(), name: z.string(), organisation: z.string() });

/** A question as the network follows it: open, given or refused, and whom it waits for. */
export const ConsentRequestSummary = z.object({
  id: z.uuid(),
  status: z.enum(["open", "given", "refused"]),
  purpose: z.string(),
  units: z.array(Unit),
  validUntil: z.string().nullable(),
  askedBy: z.string(),
  askedAt: z.string(),
  decidedAt: z.string().nullable(),
  /** Names of those whose answer is still needed (open only). */
  waitingFor: z.array(z.string()),
  answers: z.array(
    z.object({ name: z.string(), answer: z.enum(["given", "refused"]), at: z.string() }),
  ),
});
export const ConsentRequestsResponse = z.object({ requests: z.array(ConsentRequestSummary) });

/** The same question as the family sees it, with their own answer. */
export const FamilyConsentRequest = ConsentRequestSummary.extend({
  askedByUnit: z.string().nullable(),
  /** Asked by a guardian with their request for support ("Vi vill ha stöd"), not by a professional. */
  fromFamily: z.boolean(),
  myAnswer: z.enum(["given", "refused"]).nullable(),
  /** Whether the viewer may answer now (open, not yet answered, case running, old enough). */
  mayAnswer: z.boolean(),
});
export const FamilyConsentRequestsResponse = z.object({
  requests: z.array(FamilyConsentRequest),
});
export type FamilyConsentRequest = z.infer<typeof FamilyConsentRequest>;

export const FamilyConsentParams = z.object({ childId: z.uuid(), requestId: z.uuid() });
export const FamilyConsentAnswer = z.object({ answer: z.enum(["given", "refused"]) });

/** A consent in force that the viewer gave in the family view or otherwise (issue 19). */
export const FamilyConsent = z.object({
  id: z.uuid(),
  purpose: z.string(),
  givenAt: z.string(),
  validUntil: z.string().nullable(),
  units: z.array(Unit),
});
export const FamilyConsentsResponse = z.object({ consents: z.array(FamilyConsent) });
export type FamilyConsent = z.infer<typeof FamilyConsent>;
export const FamilyConsentWithdrawParams = z.object({ childId: z.uuid(), consentId: z.uuid() });
export const FamilyConsentWithdrawal = z.object({ reason: FreeText(2000).default("") });
