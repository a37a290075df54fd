import { z } from "zod";
import { Text, Version } from "./input";

/**
 * What the raiser of a request not yet assessed sees to complete it (issue 17): the child's
 * guardians by name, to record their consent, and whether the raiser may add guardians (only to
 * a child they registered by hand themselves).
 */
export const RequestFamily = z.object({
  caseId: z.uuid(),
  version: z.number().int(),
  childName: z.string(),
  birthDate: z.string(),
  guardians: z.array(z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() })),
  mayAddGuardians: z.boolean(),
  consentInForce: z.boolean(),
});
export type RequestFamily = z.infer<typeof RequestFamily>;

/** A person in a case role, as the intake roles see who coordinates a case. */
export const AppointedPerson = z.object({
  userId: z.uuid(),
  name: z.string(),
  unitName: z.string().nullable(),
});

/**
 * A running case as the intake roles see it to correct an appointment (ADR 0025): who
 * coordinates it and who is contact person, never its content.
 */
export const CoordinationEntry = z.object({
  id: z.uuid(),
  version: z.number().int(),
  childName: z.string(),
  stage: z.string(),
  lead: AppointedPerson.nullable(),
  documenting: AppointedPerson.nullable(),
  contactPerson: AppointedPerson.nullable(),
});
export type CoordinationEntry = z.infer<typeof CoordinationEntry>;
export const CoordinationResponse = z.object({ cases: z.array(CoordinationEntry) });

/** Replacing coordinator 1 or 2 ("Byt samordnare"): the new person and why. */
export const ReplaceCoordinatorRequest = z.object({
  version: Version,
  role: z.enum(["coordinator_lead", "coordinator_documenting"]),
  userId: z.uuid(),
  reason: Text(1000),
});
export type ReplaceCoordinatorRequest = z.infer<typeof ReplaceCoordinatorRequest>;

/** Replacing the contact person ("Byt kontaktperson"), by a principal: the new person and why. */
export const ReplaceContactPersonRequest = z.object({
  version: Version,
  userId: z.uuid(),
  unitId: z.uuid(),
  reason: Text(1000),
});
export type ReplaceContactPersonRequest = z.infer<typeof ReplaceContactPersonRequest>;
