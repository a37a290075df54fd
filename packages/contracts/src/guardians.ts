import { z } from "zod";
import { Guardian, NewGuardian } from "./children";
import { Email, FreeText, Text, atLeastOneField } from "./input";

// The child's guardians as the administrator and the intake roles keep them (ADR 0044).

export const GuardianParams = z.object({ id: z.uuid(), guardianId: z.uuid() });

/** A guardian added on the child's page: as at registration, with e-mail. */
export const AddGuardianRequest = NewGuardian.extend({ email: Email.nullable().default(null) });

export const UpdateGuardianRequest = atLeastOneField(
  z.object({
    givenName: Text(100).optional(),
    familyName: Text(100).optional(),
    phone: FreeText(40).nullable().optional(),
    email: Email.nullable().optional(),
    personalNumber: Text(13).min(10).nullable().optional(),
    custody: z.boolean().optional(),
  }),
);

export const ManagedGuardian = Guardian.extend({
  /** 12 digits; with it the guardian signs in with e-ID on first use. */
  personalNumber: z.string().nullable(),
  /** Has signed in to the family view at least once (or has a demo account). */
  hasAccount: z.boolean(),
});

export const ChildGuardians = z.object({
  child: z.object({
    id: z.uuid(),
    givenName: z.string(),
    familyName: z.string(),
    personalNumber: z.string(),
  }),
  /** Joint (two or more with custody), sole (one) or none recorded. */
  custody: z.enum(["joint", "sole", "none"]),
  guardians: z.array(ManagedGuardian),
});
export type ChildGuardians = z.infer<typeof ChildGuardians>;

/** The administrator finds the child by full personal identity number (never in a URL). */
export const GuardianChildLookup = z.object({ personalNumber: Text(13).min(10) });
export const GuardianChildFound = z.object({ childId: z.uuid() });

// "Vi vill ha stöd": a guardian raises a request from the family view (issue 19.3).
export const FamilySupportRequestInput = z.object({
  /** What the family worries about, in their own words. */
  worry: Text(4000).min(10),
  contactWay: z.enum(["phone", "email"]),
  /** The phone number or e-mail address to use. */
  contact: Text(254).min(3),
  /** When it suits them best (optional): "efter 16", "förmiddagar". */
  contactTime: FreeText(200).nullable().default(null),
  /** The guardian's own consent to the assessment; without it nothing is sent. */
  consent: z.literal(true),
});

/** received: intake sees it now; awaiting_consent: once the other guardians have said yes. */
export const FamilySupportRequestCreated = z.object({
  id: z.uuid(),
  status: z.enum(["received", "awaiting_consent"]),
});

export const FamilySupportRequest = z.object({
  id: z.uuid(),
  requestedAt: z.string(),
  worry: z.string(),
  raisedBy: z.string(),
  /**
   * awaiting_consent: the other guardians with custody have not all said yes yet (when the
   * tenant's rules need every one); not_sent: one of them said no, so intake never saw it;
   * received: waits for assessment; started: accepted, the network forms; declined; closed.
   */
  status: z.enum(["awaiting_consent", "not_sent", "received", "started", "declined", "closed"]),
  contactWay: z.enum(["phone", "email"]),
  contact: z.string(),
});
export const FamilySupportRequestsResponse = z.object({
  requests: z.array(FamilySupportRequest),
  /** Whether this person may raise one (a guardian with custody; the child cannot). */
  mayRaise: z.boolean(),
});
export type FamilySupportRequest = z.infer<typeof FamilySupportRequest>;
