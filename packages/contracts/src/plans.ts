import { z } from "zod";
import { CivilDate, FreeText, QueryInt, Text as RequiredText, Version } from "./input";

// The child's plan (SIP / barnets plan): the professionals' API under /api/cases/:id/plan and
// the family's under /api/family. Content mirrors PlanContent in @kring/domain/plans.

const Text = FreeText;
const Id = RequiredText(64);
const Ref = z.object({ unitId: z.uuid().nullable(), name: Text(200) });
// A guardian of the child or the child may be responsible for an action (Västbas: the family has
// actions too); they carry `family` and no userId.
const FamilyRef = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("guardian"), guardianId: z.uuid() }),
  z.object({ kind: z.literal("child") }),
]);
const Person = z.object({
  userId: z.uuid().nullable(),
  name: Text(200),
  family: FamilyRef.nullable().optional(),
});
const Message = z.object({ sv: z.string(), en: z.string() });

export const ACTION_STATUS = z.enum(["planned", "in_progress", "done", "paused", "cancelled"]);
export const GOAL_LEVEL = z.enum(["not_started", "some_progress", "good_progress", "achieved"]);
export const HANDOVER_KIND = z.enum([
  "unit_change",
  "preschool_to_school",
  "school_to_upper_secondary",
  "move",
]);

export const PlanContent = z.object({
  needs: Text(8000),
  goals: z
    .array(
      z.object({
        id: Id,
        text: Text(2000),
        childWords: Text(2000),
        actions: z
          .array(
            z.object({
              id: Id,
              description: Text(2000),
              responsibleUnit: Ref.nullable(),
              responsiblePerson: Person.nullable(),
              startDate: CivilDate.nullable(),
              endDate: CivilDate.nullable(),
              followUpDate: CivilDate.nullable(),
              // Chosen from the joint offer (insatskatalogen); free text stays possible.
              offerEntryId: z.uuid().nullable().optional(),
            }),
          )
          .max(50),
      }),
    )
    .max(30),
  measuresByOthers: z.array(z.object({ id: Id, description: Text(2000), by: Ref })).max(30),
  noMeasuresByOthers: z.boolean(),
  leadUnit: Ref.nullable(),
  childView: Text(8000),
  guardiansView: Text(8000),
  internalNotes: Text(8000),
});
export type PlanContentBody = z.infer<typeof PlanContent>;

export const PlanGap = z.object({
  code: z.string(),
  legal: z.boolean(),
  message: Message,
  ids: z.array(z.string()),
});

export const AgreementParty = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("guardian"), guardianId: z.uuid() }),
  z.object({ kind: z.literal("child") }),
]);
const NamedParty = z.object({
  kind: z.enum(["guardian", "child"]),
  guardianId: z.uuid().nullable(),
  name: z.string(),
});
const GivenAgreement = NamedParty.extend({
  via: z.enum(["professional", "family"]),
  at: z.string(),
});

export const PlanDraft = z.object({
  revision: z.number().int(),
  status: z.enum(["editing", "proposed"]),
  basedOnVersion: z.number().int(),
  content: PlanContent,
  gaps: z.array(PlanGap),
  savedAt: z.string(),
  savedBy: z.string().nullable(),
  requiredParties: z.array(NamedParty),
  /** The child and every guardian, who may be responsible for an action. */
  familyMembers: z.array(NamedParty),
  agreements: z.array(GivenAgreement),
});

export const PlanVersion = z.object({
  number: z.number().int(),
  agreedOn: z.string(),
  content: PlanContent,
  agreement: z.array(GivenAgreement),
});

export const ActionTrack = z.object({
  actionId: z.string(),
  status: ACTION_STATUS,
  lastNoteOn: z.string().nullable(),
  overdue: z.enum(["end_passed", "follow_up_due"]).nullable(),
  notes: z.array(
    z.object({
      notedOn: z.string(),
      status: ACTION_STATUS,
      note: z.string(),
      by: z.string().nullable(),
    }),
  ),
});

export const FollowUp = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  versionNumber: z.number().int(),
  summary: z.string(),
  by: z.string().nullable(),
  assessments: z.array(z.object({ goalId: z.string(), level: GOAL_LEVEL, comment: z.string() })),
});

export const FamilyComment = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string(),
  authorKind: z.enum(["guardian", "child"]),
  createdAt: z.string(),
  meetingStartsAt: z.string().nullable(),
});

export const Handover = z.object({
  id: z.uuid(),
  kind: HANDOVER_KIND,
  fromUnit: z.object({ id: z.uuid(), name: z.string() }),
  toUnit: z.object({ id: z.uuid(), name: z.string() }),
  note: z.string(),
  versionNumber: z.number().int(),
  status: z.enum(["proposed", "accepted", "declined", "withdrawn"]),
  proposedAt: z.string(),
  proposedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  childName: z.string(),
  caseId: z.uuid(),
});

export const PlanDetail = z.object({
  caseId: z.uuid(),
  caseVersion: z.number().int(),
  childName: z.string(),
  draft: PlanDraft.nullable(),
  current: PlanVersion.nullable(),
  versions: z.array(z.object({ number: z.number().int(), agreedOn: z.string() })),
  actions: z.array(ActionTrack),
  followUps: z.array(FollowUp),
  familyComments: z.array(FamilyComment),
  handovers: z.array(Handover),
  may: z.object({
    write: z.boolean(),
    agree: z.boolean(),
    followUp: z.boolean(),
    handover: z.boolean(),
  }),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const SaveDraftRequest = z.object({
  revision: Version,
  content: PlanContent,
});
export const RevisionRequest = z.object({ revision: Version });
export const RecordAgreementRequest = RevisionRequest.extend({
  parties: z.array(AgreementParty).min(1).max(10),
});
export const AgreementResult = z.object({
  agreed: z.boolean(),
  versionNumber: z.number().int().nullable(),
  missing: z.array(NamedParty),
});

export const CompareQuery = z.object({
  a: QueryInt(),
  b: QueryInt(),
});
export const PlanChange = z.object({
  section: z.enum(["plan", "goal", "action", "measure"]),
  kind: z.enum(["added", "removed", "changed"]),
  id: z.string().optional(),
  goalId: z.string().optional(),
  field: z.string().optional(),
  fields: z.array(z.string()).optional(),
});
export const CompareResponse = z.object({
  a: PlanVersion,
  b: PlanVersion,
  changes: z.array(PlanChange),
});

export const FollowUpRequest = z.object({
  heldOn: CivilDate,
  meetingId: z.uuid().nullable().optional(),
  summary: Text(8000).default(""),
  assessments: z
    .array(z.object({ goalId: Id, level: GOAL_LEVEL, comment: Text(2000).default("") }))
    .max(100),
  actions: z
    .array(z.object({ actionId: Id, status: ACTION_STATUS, note: Text(4000).default("") }))
    .max(2000)
    .default([]),
});
export const ActionNoteRequest = z.object({
  notedOn: CivilDate.optional(),
  status: ACTION_STATUS,
  note: Text(4000).default(""),
});

export const ProposeHandoverRequest = z.object({
  kind: HANDOVER_KIND,
  fromUnitId: z.uuid(),
  toUnitId: z.uuid(),
  note: Text(2000).default(""),
});
export const DecideHandoverRequest = z.object({
  decision: z.enum(["accept", "decline", "withdraw"]),
  note: Text(2000).default(""),
});
export const HandoverListResponse = z.object({ handovers: z.array(Handover) });

// The family's view: plain words, no internal notes, nothing else of the case.
const FamilyAction = z.object({
  id: z.string(),
  what: z.string(),
  who: z.string(),
  organisation: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  followUpDate: z.string().nullable(),
  status: ACTION_STATUS,
  statusText: z.string(),
});
export const FamilyPlan = z.object({
  versionNumber: z.number().int(),
  agreedOn: z.string().nullable(),
  needs: z.string(),
  goals: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      childWords: z.string(),
      latest: z
        .object({ level: GOAL_LEVEL, text: z.string(), childText: z.string(), on: z.string() })
        .nullable(),
      actions: z.array(FamilyAction),
    }),
  ),
  measuresByOthers: z.array(z.object({ what: z.string(), by: z.string() })),
  leadUnit: z.string(),
  childView: z.string(),
  guardiansView: z.string(),
});
export const FamilyView = z.object({
  viewer: z.enum(["guardian", "child"]),
  child: z.object({ id: z.uuid(), givenName: z.string() }),
  /** The plan's case is closed or declined: nothing can be agreed or commented any more. */
  readOnly: z.boolean(),
  plan: FamilyPlan.nullable(),
  proposal: z
    .object({
      revision: z.number().int(),
      plan: FamilyPlan,
      /** New or changed since the version in force, in words; id marks the goal or action. */
      changes: z.array(z.object({ id: z.string().nullable(), sv: z.string(), en: z.string() })),
      waitingFor: z.array(z.string()),
      iHaveAgreed: z.boolean(),
    })
    .nullable(),
  nextMeeting: z
    .object({
      startsAt: z.string(),
      endsAt: z.string(),
      place: z.string().nullable(),
      digital: z.boolean(),
    })
    .nullable(),
  /** The meetings this guardian (or the child) is invited to: coming, moved or cancelled. */
  meetings: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      place: z.string().nullable(),
      digital: z.boolean(),
      status: z.enum(["planned", "held", "cancelled"]),
      cancelReason: z.string().nullable(),
      moved: z.boolean(),
    }),
  ),
  contacts: z.array(
    z.object({
      role: z.string(),
      roleText: z.string(),
      name: z.string(),
      organisation: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  comments: z.array(FamilyComment),
});
export type FamilyView = z.infer<typeof FamilyView>;
export const FamilyChildrenResponse = z.object({
  viewer: z.enum(["guardian", "child"]),
  children: z.array(z.object({ id: z.uuid(), givenName: z.string(), hasPlan: z.boolean() })),
});
export const FamilyCommentRequest = z.object({ body: RequiredText(4000) });
export const FamilyParams = z.object({ childId: z.uuid() });
