import { z } from "zod";
import { Guardian, NewGuardian } from "./children";
import { Email, FreeText, Text, atLeastOneField } from "./input";

// The child's guardians as the administrator and the intake roles keep them (ADR 0038).

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
