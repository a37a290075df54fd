import { z } from "zod";
import { CASE_STAGES } from "@kring/domain/cases";
import { CONSENT_METHODS } from "@kring/domain/consent";
import { DECLINE_REASONS } from "@kring/domain/cases";
import { ChildSummary } from "./children";
import { CivilDate, Email, FreeText, Text, Version } from "./input";
import { RequestFromEarlySupport } from "./early-support";

/** What worked and what got in the way; filed under the tenant's themes (experience log). */
const Reflection = z.object({
  whatWorked: FreeText(4000),
  whatGotInTheWay: FreeText(4000),
  themeIds: z.array(z.uuid()).max(10).optional(),
  organisationId: z.uuid().optional(),
});

/** The short evaluation form: goals met, partly or not; the family's view; the child's view. */
const Outcome = z.enum(["met", "partly", "not_met"]);
const EvaluationForm = z.object({
  goals: Outcome,
  /** Each goal of the latest plan, once (#17.7); optional beside the goals as a whole. */
  goalOutcomes: z
    .array(z.object({ goalId: Text(64), outcome: Outcome }))
    .max(30)
    .optional(),
  familyView: Text(4000),
  childView: Text(4000),
  /** Optional at an evaluation: what worked and what got in the way so far. */
  reflection: Reflection.optional(),
});

export const ConsentGiver = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("guardian"), guardianId: z.uuid() }),
  z.object({ kind: z.literal("child") }),
]);

export const ConsentInput = z.object({
  givenBy: z.array(ConsentGiver).min(1).max(10),
  unitIds: z.array(z.uuid()).min(1).max(100),
  purpose: Text(1000),
  validUntil: CivilDate.nullable().optional(),
  /** How it was given: written needs documentId, oral the meeting (who may: ADR 0020). */
  method: z.enum(CONSENT_METHODS),
  documentId: z.uuid().nullable().optional(),
  meeting: FreeText(300).nullable().optional(),
});

/** The tenant's rules for who may consent, so the form offers only valid choices. */
export const ConsentRulesResponse = z.object({
  childAloneFromAge: z.number().int(),
  allGuardiansRequired: z.boolean(),
});

export const RegisterRequest = z.object({
  childId: z.uuid(),
  raisedByUnitId: z.uuid(),
  concern: Text(4000),
  triedSoFar: FreeText(4000).default(""),
  acute: z.boolean(),
  involvedUnitIds: z.array(z.uuid()).max(100).default([]),
  consent: ConsentInput.nullable().optional(),
  /** Raised from an early-support contact (issue 22): links it, and records the family's word. */
  earlySupport: RequestFromEarlySupport.nullable().optional(),
});

export const CaseEventInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("submit") }),
  z.object({ type: z.literal("accept") }),
  z.object({
    type: z.literal("decline"),
    otherAction: Text(1000),
    reason: Text(2000),
    /** The reason as a code the steering figures count; left out, it counts as `other`. */
    reasonCode: z.enum(DECLINE_REASONS).optional(),
  }),
  z.object({
    type: z.literal("appoint_coordinators"),
    leadUserId: z.uuid(),
    documentingUserId: z.uuid(),
  }),
  z.object({ type: z.literal("record_first_contact"), on: CivilDate.optional() }),
  z.object({
    type: z.literal("appoint_spokesperson"),
    name: Text(200),
    relation: Text(200),
    email: Email.nullable().optional(),
  }),
  z.object({ type: z.literal("appoint_contact_person"), userId: z.uuid(), unitId: z.uuid() }),
  z.object({ type: z.literal("agree_plan"), on: CivilDate.optional() }),
  z.object({ type: z.literal("record_eht_review"), on: CivilDate.optional() }),
  z.object({ type: z.literal("start_evaluation"), earlyReason: FreeText(2000).optional() }),
  z.object({ type: z.literal("record_evaluation"), evaluation: EvaluationForm }),
  z.object({ type: z.literal("continue") }),
  z.object({
    type: z.literal("close"),
    reason: z.enum(["goals_met", "family_declined", "consent_withdrawn", "moved_away", "other"]),
    note: FreeText(2000).optional(),
    reflection: Reflection,
    /** Required unless an evaluation was recorded at this step's evaluation meeting. */
    evaluation: EvaluationForm.optional(),
    /** Required before the tenant's minimum follow-up time (unless the reason is forced). */
    earlyReason: FreeText(2000).optional(),
    /** Required when a closing measurement the schedule asks for is missing. */
    measurementSkipReason: FreeText(2000).optional(),
  }),
  z.object({
    type: z.literal("record_authority_action"),
    kind: z.enum(["report_of_concern", "application", "investigation", "other"]),
    note: Text(2000),
    closesCase: z.boolean(),
    reflection: Reflection.optional(),
  }),
]);
export type CaseEventInput = z.infer<typeof CaseEventInput>;

export const CaseEventRequest = z.object({
  version: Version,
  event: CaseEventInput,
});

export const CaseMember = z.object({
  id: z.uuid(),
  role: z.string(),
  userId: z.uuid().nullable(),
  displayName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  relation: z.string().nullable(),
  email: z.string().nullable(),
});

export const AddMemberRequest = z.object({
  role: z.enum(["participant", "project_leader"]),
  userId: z.uuid(),
  unitId: z.uuid(),
});

export const Consent = z.object({
  id: z.uuid(),
  purpose: z.string(),
  givenBy: z.array(z.object({ kind: z.enum(["guardian", "child"]), name: z.string() })),
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  status: z.enum(["active", "expired", "withdrawn", "not_yet_valid"]),
  documentId: z.uuid().nullable(),
  /** Null for consents recorded before the method was asked for. */
  method: z.enum(CONSENT_METHODS).nullable(),
  meeting: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

export const WithdrawConsentRequest = z.object({ reason: FreeText(2000).default("") });

export const Deadline = z.object({
  kind: z.string(),
  dueDate: z.string(),
  doneOn: z.string().nullable(),
  status: z.enum(["done", "upcoming", "due_soon", "overdue"]),
});

export const MeetingSummary = z.object({
  id: z.uuid(),
  kind: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  status: z.enum(["planned", "held", "cancelled"]),
});

export const TimelineEntry = z.object({
  at: z.string(),
  kind: z.string(),
  summary: z.string(),
  /** The same in English where it can be derived; null for Swedish free text. */
  summaryEn: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const CaseDetail = z.object({
  id: z.uuid(),
  version: z.number().int(),
  stage: z.string(),
  acute: z.boolean(),
  requestedAt: z.string(),
  concern: z.string(),
  triedSoFar: z.string(),
  child: ChildSummary,
  raisedBy: z.object({
    name: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    role: z.string(),
  }),
  /** A request the guardian raised in the family view: how they want to be contacted. */
  familyContact: z
    .object({
      guardianName: z.string(),
      contactWay: z.enum(["phone", "email"]),
      contact: z.string(),
      contactTime: z.string().nullable(),
    })
    .nullable(),
  involvedUnits: z.array(z.object({ id: z.uuid(), name: z.string() })),
  decision: z
    .object({ otherAction: z.string(), reason: z.string(), decidedAt: z.string() })
    .nullable(),
  members: z.array(CaseMember),
  consents: z.array(Consent),
  sharedBeyondRaisingUnit: z.boolean(),
  meetings: z.array(MeetingSummary),
  deadlines: z.array(Deadline),
  allowedEvents: z.array(
    z.object({
      type: z.string(),
      meetingKinds: z.array(z.string()).optional(),
      reasons: z.array(z.string()).optional(),
    }),
  ),
  lastDecision: z.string().nullable(),
  closure: z
    .object({
      reason: z.string(),
      note: z.string().nullable(),
      whatWorked: z.string().nullable(),
      whatGotInTheWay: z.string().nullable(),
      on: z.string(),
      earlyReason: z.string().nullable(),
      measurementSkipReason: z.string().nullable(),
    })
    .nullable(),
  /** Evaluations recorded, oldest first. */
  evaluations: z.array(
    z.object({
      on: z.string(),
      goals: z.enum(["met", "partly", "not_met"]),
      goalOutcomes: z
        .array(z.object({ goalId: z.string(), goal: z.string(), outcome: Outcome }))
        .optional(),
      familyView: z.string(),
      childView: z.string(),
      atMeeting: z.boolean(),
    }),
  ),
  /**
   * What closing or starting the evaluation would ask for now, so the dialogs can warn before
   * sending: null when the case is not open.
   */
  closureCheck: z
    .object({
      /** The evaluation recorded at this step's evaluation meeting (closing then needs no form). */
      evaluationRecorded: z.boolean(),
      followUpEndsOn: z.string().nullable(),
      /** Closing now is before the minimum follow-up time. */
      early: z.boolean(),
      /** Goals of the plan not achieved at the latest follow-up. */
      openGoals: z.array(z.string()),
      /** The goals of the latest plan, which the evaluation judges one by one. */
      planGoals: z.array(z.object({ id: z.string(), text: z.string() })),
      /** Informants whose closing SDQ is missing (parent, teacher, self). */
      missingClosingMeasurements: z.array(z.string()),
      /** The child's closing ORS or CORS, when the schedule asks for it and it is missing. */
      missingClosingOrs: z.enum(["ORS", "CORS"]).nullable(),
      evaluationDueOn: z.string().nullable(),
      /** Starting the evaluation now is early and needs a reason. */
      evaluationEarly: z.boolean(),
    })
    .nullable(),
  authorityActions: z.array(
    z.object({ kind: z.string(), note: z.string(), on: z.string(), closedCase: z.boolean() }),
  ),
  timeline: z.array(TimelineEntry),
  myRoles: z.array(z.string()),
  accessBasis: z.enum(["network", "raised", "intake", "emergency"]),
  /** Closed, declined or seen through emergency access: nothing may be changed. */
  readOnly: z.boolean(),
  /** A central coordinator may reopen a closed or declined case. */
  mayReopen: z.boolean(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/** After a step the actor may no longer see the case (e.g. intake after declining it). */
export const CaseEventResponse = z.object({
  stage: z.string(),
  version: z.number().int(),
  case: CaseDetail.nullable(),
});

export const CaseListItem = z.object({
  id: z.uuid(),
  childName: z.string(),
  childBirthDate: z.string(),
  stage: z.string(),
  acute: z.boolean(),
  requestedAt: z.string(),
  /** Null when hidden by the child's protected identity (ADR 0016). */
  raisedByUnitName: z.string().nullable(),
  nextDeadline: Deadline.nullable(),
  myRoles: z.array(z.string()),
});
/**
 * One page of a case list (keyset paging): `nextCursor` asks for the page after this one, null on
 * the last; `total` counts every case the filters match, on every page (the list can change while
 * the person pages).
 */
export const CaseListResponse = z.object({
  cases: z.array(CaseListItem),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

/** How a case list is ordered: acute first then newest (the default), newest, or oldest first. */
export const CASE_LIST_SORTS = ["acute", "newest", "oldest"] as const;
export const CaseListSort = z.enum(CASE_LIST_SORTS);
export const CASE_PAGE_DEFAULT = 50;
export const CASE_PAGE_MAX = 200;

/** The case lists' filters and paging; the area is the raising unit's. */
export const CaseListQuery = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(CASE_PAGE_MAX).default(CASE_PAGE_DEFAULT),
  sort: CaseListSort.default("acute"),
  stage: z.enum(CASE_STAGES).optional(),
  area: z.uuid().optional(),
  acute: z.enum(["true", "false"]).optional(),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

/** Why emergency access is needed: a fixed list (the text says more). */
export const EMERGENCY_REASON_CATEGORIES = [
  "risk_to_life_or_health",
  "urgent_protection",
  "other_urgent",
] as const;
export const EmergencyReasonCategory = z.enum(EMERGENCY_REASON_CATEGORIES);
/** The least a reason must say; the server gives a clear message when it is shorter. */
export const EMERGENCY_REASON_MIN_LENGTH = 20;
export const EmergencyAccessRequest = z.object({
  category: EmergencyReasonCategory,
  reason: FreeText(2000),
});

/** Closed and declined cases are read-only; a central coordinator reopens one with a reason. */
export const ReopenCaseRequest = z.object({
  version: Version,
  reason: Text(2000),
});

export const AttachmentUpload = z.object({
  filename: Text(200),
  contentType: z.enum(["application/pdf", "image/jpeg", "image/png"]),
  /** The file, base64-encoded (at most 5 MB decoded). */
  data: z.base64().max(7_000_000),
});

// The kind says where the task is done: the case page (deadline), the meeting, the intake queue,
// the case's measurements (instrument), a form to fill in (form, with its requestId), the plan
// (plan_action) or the incoming handovers (handover).
export const WorklistItem = z.object({
  kind: z.enum([
    "deadline",
    "meeting",
    "intake",
    "unsent_request",
    "raised_request",
    "instrument",
    "form",
    "plan_action",
    "handover",
    "emergency_access",
    "attendance_task",
    "attendance_notice",
    "case_duty",
    "new_role",
    "meeting_decision",
    "meeting_notice",
    "early_support",
    "plan_start_ask",
    "steering_conclusion",
  ]),
  caseId: z.uuid().nullable(),
  /** Meetings, their notices and decisions: the meeting's page. */
  meetingId: z.uuid().nullable().optional(),
  requestId: z.uuid().nullable().optional(),
  /** Attendance duties: the pupil (for the pupil's page) and the task to mark done. */
  childId: z.uuid().nullable().optional(),
  taskId: z.uuid().nullable().optional(),
  /** An early-support contact to follow up (issue 22). */
  earlySupportId: z.uuid().nullable().optional(),
  childName: z.string().nullable(),
  title: z.string(),
  titleEn: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(["done", "upcoming", "due_soon", "overdue"]).nullable(),
});
export type WorklistItem = z.infer<typeof WorklistItem>;
export const WorklistResponse = z.object({ items: z.array(WorklistItem) });

/** A request as its raiser (and the raising unit's principal) follows it: the status only. */
export const RaisedRequestStatus = z.object({
  id: z.uuid(),
  version: z.number().int(),
  childName: z.string(),
  requestedAt: z.string(),
  raisedByUnitName: z.string(),
  status: z.enum([
    "registered",
    "awaiting_assessment",
    "collaboration_case",
    "other_action",
    "closed",
  ]),
  otherAction: z.object({ action: z.string(), reason: z.string(), on: z.string() }).nullable(),
  acceptedAsCase: z.boolean(),
  contactPerson: z.object({ name: z.string(), unitName: z.string().nullable() }).nullable(),
  closedOn: z.string().nullable(),
  /** The raiser may still send a registered request for assessment. */
  maySend: z.boolean(),
  /** The raiser may still complete the guardians and consent (until it is assessed). */
  mayComplete: z.boolean(),
  /** Without a consent in force the intake roles cannot see the request to assess it. */
  consentInForce: z.boolean(),
});
export type RaisedRequestStatus = z.infer<typeof RaisedRequestStatus>;
export const MyRequestsResponse = z.object({ requests: z.array(RaisedRequestStatus) });

export const EmergencyPolicy = z.object({ mayUse: z.boolean(), hours: z.number() });
export type EmergencyPolicy = z.infer<typeof EmergencyPolicy>;
