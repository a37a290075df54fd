import { z } from "zod";
import { FreeText, Text } from "./input";

export const ChildSearchQuery = z.object({
  q: Text(100).min(2),
});

export const ChildSummary = z.object({
  id: z.uuid(),
  personalNumber: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  protectedIdentity: z.boolean(),
  /** Protected identity, and the reader is neither in the child's network nor intake: no units. */
  whereaboutsHidden: z.boolean(),
  currentUnits: z.array(
    z.object({ unitId: z.uuid(), unitName: z.string(), schoolYear: z.number().nullable() }),
  ),
});
export type ChildSummary = z.infer<typeof ChildSummary>;

/** A child found within the searcher's scope: everything the summary holds. */
export const ChildSearchFull = ChildSummary.extend({ found: z.literal("full") });

/**
 * A child found by full personal identity number outside the searcher's scope: only that the
 * child exists, to raise a request about them (ADR 0016).
 */
export const ChildSearchExistence = z.object({
  found: z.literal("existence"),
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  birthYear: z.number().int(),
});

export const ChildSearchHit = z.discriminatedUnion("found", [
  ChildSearchFull,
  ChildSearchExistence,
]);
export type ChildSearchHit = z.infer<typeof ChildSearchHit>;

export const ChildSearchResponse = z.object({ children: z.array(ChildSearchHit) });

export const Guardian = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  /** Null when hidden by protected identity. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /**
   * Vårdnadshavare with custody (true), or a parent without custody or another responsible adult
   * (false): only those with custody consent, agree and reach the family view (ADR 0044).
   */
  custody: z.boolean(),
});

export type Guardian = z.infer<typeof Guardian>;

export const ChildDetail = ChildSummary.extend({
  /** Contact details are null when hidden by protected identity. */
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  contactHidden: z.boolean(),
  guardians: z.array(Guardian),
  /** The administrator and the intake roles add, change and remove guardians (ADR 0044). */
  mayManageGuardians: z.boolean(),
});
export type ChildDetail = z.infer<typeof ChildDetail>;

export const NewGuardian = z.object({
  givenName: Text(100),
  familyName: Text(100),
  phone: FreeText(40).nullable().default(null),
  /** With it the guardian signs in with e-ID on first use; no account to create (ADR 0044). */
  personalNumber: Text(13).min(10).nullable().default(null),
  custody: z.boolean().default(true),
});

export const RegisterChildRequest = z.object({
  personalNumber: Text(13).min(10),
  givenName: Text(100),
  familyName: Text(100),
  /** Known at registration so the request can record their consent; more can follow later. */
  guardians: z.array(NewGuardian).max(4).default([]),
  /**
   * The school or preschool the child attends, one of the tenant's units: required for a child of
   * compulsory school age (the coordinator rule needs it), otherwise given or explained.
   */
  unitId: z.uuid().nullable().default(null),
  /** Why no unit is given (a child not of school age: no preschool, just moved here …). */
  noUnitReason: FreeText(300).nullable().default(null),
});

/** The child just registered, with the guardians given, for the request that follows. */
export const RegisteredChild = ChildSummary.extend({ guardians: z.array(Guardian) });
export type RegisteredChild = z.infer<typeof RegisteredChild>;
