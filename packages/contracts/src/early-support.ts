import { z } from "zod";
import { CivilDate, FreeText, Text, atLeastOneField } from "./input";

// Issue 22: early support before a case, the Barnets bästa lead's overview, "När du känner oro".

const Tag = Text(80);
const Tags = z.array(Tag).max(30).default([]);

export const EarlySupportConsent = z.object({
  /** Who gave consent to keep the contact, in the professional's words ("Mamma Anna"). */
  givenBy: Text(200),
  method: z.enum(["oral", "written", "digital"]),
  on: CivilDate,
});

export const NewEarlySupport = z.object({
  childId: z.uuid(),
  /** The unit the contact belongs to: one where the recorder works in an early-support role. */
  unitId: z.uuid(),
  consent: EarlySupportConsent,
  about: Text(4000),
  protectiveFactors: Tags,
  riskFactors: Tags,
  agreed: FreeText(4000).default(""),
  followUpOn: CivilDate.nullable().default(null),
  /** A first note, dated today. */
  note: FreeText(4000).default(""),
});

export const EarlySupportChange = atLeastOneField(
  z
    .object({
      about: Text(4000),
      protectiveFactors: z.array(Tag).max(30),
      riskFactors: z.array(Tag).max(30),
      agreed: FreeText(4000),
      followUpOn: CivilDate.nullable(),
    })
    .partial(),
);

export const EarlySupportNoteInput = z.object({
  on: CivilDate.optional(),
  body: Text(4000),
});

export const EarlySupportClose = z.object({ reason: Text(1000) });

export const EarlySupportSummary = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  unitName: z.string(),
  recordedByName: z.string(),
  about: z.string(),
  status: z.enum(["open", "closed", "request_raised"]),
  followUpOn: z.string().nullable(),
  createdAt: z.string(),
});
export type EarlySupportSummary = z.infer<typeof EarlySupportSummary>;
export const EarlySupportList = z.object({ contacts: z.array(EarlySupportSummary) });

export const EarlySupportDetail = EarlySupportSummary.extend({
  /** The child as the request form needs them (the recorder may not read the child's record). */
  child: z.object({ givenName: z.string(), familyName: z.string(), birthYear: z.number().int() }),
  unitId: z.uuid(),
  consent: z.object({
    givenBy: z.string(),
    method: z.enum(["oral", "written", "digital"]),
    on: z.string(),
  }),
  protectiveFactors: z.array(z.string()),
  riskFactors: z.array(z.string()),
  agreed: z.string(),
  notes: z.array(
    z.object({ id: z.uuid(), on: z.string(), body: z.string(), recordedByName: z.string() }),
  ),
  closedReason: z.string().nullable(),
  caseId: z.uuid().nullable(),
  sharedWithNetwork: z.boolean(),
  sharingAgreedBy: z.string().nullable(),
  /** Who recorded the family's agreement to share, and when (with the request or later). */
  sharingRecordedByName: z.string().nullable(),
  sharingRecordedAt: z.string().nullable(),
  /** Whether the reader may change it (the team; not the later case's network). */
  mayWrite: z.boolean(),
});
export type EarlySupportDetail = z.infer<typeof EarlySupportDetail>;

/** Raising a request from an early-support contact (sent with the request, POST /api/cases). */
export const RequestFromEarlySupport = z.object({
  contactId: z.uuid(),
  /** The family agreed that the case's network may read the early-support contact. */
  shareWithNetwork: z.boolean(),
  /** Who agreed to it; required when shared. */
  agreedBy: FreeText(200).default(""),
});

/** The family agreed, after the request was raised, that the case's network may read it. */
export const EarlySupportSharing = z.object({
  /** Who in the family agreed (as they gave their name). */
  agreedBy: Text(200),
});

/** On the case page ("Tidigt stöd före ärendet"): the contacts the reader may open from it. */
export const CaseEarlySupport = z.object({
  contacts: z.array(
    z.object({
      id: z.uuid(),
      unitName: z.string(),
      recordedByName: z.string(),
      createdAt: z.string(),
      sharedWithNetwork: z.boolean(),
      sharingAgreedBy: z.string().nullable(),
    }),
  ),
});
export type CaseEarlySupport = z.infer<typeof CaseEarlySupport>;

// ---- The Barnets bästa lead's overview (Kronoberg) ----

export const ChildsBestQuery = z.object({ areaId: z.uuid().optional() });

export const ChildsBestChild = z.object({
  childId: z.uuid(),
  childName: z.string(),
  birthYear: z.number().int(),
  /** The units the lead may ask to start a plan: the child's units and those involved. */
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  involvedCount: z.number().int(),
  earlySupport: z.boolean(),
  request: z.boolean(),
  /** An ask to start a plan already waits (its unit's name). */
  askedUnitName: z.string().nullable(),
});

export const ChildsBestPlanDue = z.object({
  caseId: z.uuid().nullable(),
  childName: z.string(),
  dueOn: z.string(),
});

export const ChildsBestHandover = z.object({
  childName: z.string(),
  kind: z.string(),
  toUnitName: z.string(),
  proposedOn: z.string(),
});

/** A list the lead may read in part: names where the rules allow, a count of the rest. */
const Counted = <T extends z.ZodType>(item: T) =>
  z.object({ named: z.array(item), hiddenCount: z.number().int() });

export const ChildsBestArea = z.object({
  areaId: z.uuid().nullable(),
  areaName: z.string(),
  severalWithoutPlan: Counted(ChildsBestChild),
  plansDue: Counted(ChildsBestPlanDue),
  handovers: Counted(ChildsBestHandover),
});
export const ChildsBestOverview = z.object({ areas: z.array(ChildsBestArea) });
export type ChildsBestOverview = z.infer<typeof ChildsBestOverview>;

export const PlanStartAskInput = z.object({
  childId: z.uuid(),
  unitId: z.uuid(),
  note: FreeText(1000).default(""),
});

// ---- "När du känner oro" (Kronoberg's praxismodell), texts the tenant edits ----

export const CONCERN_GUIDE_KEYS = [
  "intro",
  "talk",
  "consult",
  "ownUnit",
  "request",
  "report",
  "contacts",
] as const;
export const ConcernGuideTexts = z.object({
  intro: Text(4000),
  talk: Text(4000),
  consult: Text(4000),
  ownUnit: Text(4000),
  request: Text(4000),
  report: Text(4000),
  contacts: Text(4000),
});
export type ConcernGuideTexts = z.infer<typeof ConcernGuideTexts>;
export const ConcernGuide = z.object({ texts: ConcernGuideTexts, isDefault: z.boolean() });
