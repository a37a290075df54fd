import { z } from "zod";
import { ConsentInput } from "./cases";
import { CivilDate, FreeText, RawText, Text } from "./input";

/** A date the server answers with (requests use CivilDate, which bounds the year). */
const Day = z.iso.date();

// The attendance API (närvaro): staircase configuration, imports, pupils by step, a pupil's
// term, the attendance team's caseload, same-day notices, tasks and steering figures.

export const StepActor = z.enum([
  "mentor",
  "student_health",
  "principal",
  "attendance_team",
  "social_services",
]);
const AbsenceKind = z.enum(["valid", "invalid", "any"]);
const Operator = z.enum([">=", ">"]);

export const StaircaseTrigger = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("absence_share"),
    windowDays: z.number(),
    thresholdPercent: z.number(),
    absenceKind: AbsenceKind,
    operator: Operator.optional(),
  }),
  z.object({ kind: z.literal("consecutive_days"), days: z.number(), absenceKind: AbsenceKind }),
  z.object({ kind: z.literal("first_unexcused") }),
  z.object({ kind: z.literal("recurring_valid"), weeks: z.number(), minOccurrences: z.number() }),
  z.object({
    kind: z.literal("no_improvement"),
    weeksAfterPreviousStep: z.number(),
    thresholdPercent: z.number().optional(),
    operator: Operator.optional(),
    windowDays: z.number().optional(),
    absenceKind: AbsenceKind.optional(),
  }),
]);
export type StaircaseTrigger = z.infer<typeof StaircaseTrigger>;

export const StaircaseStep = z.object({
  number: z.number(),
  title: z.string(),
  actor: StepActor,
  deadlineDays: z.number(),
  actions: z.array(z.string()).readonly(),
  triggers: z.array(StaircaseTrigger).readonly(),
  reportToOrganiser: z.boolean().optional(),
  reportToSocialServices: z.boolean().optional(),
});

export const Staircase = z.object({
  id: z.string(),
  name: z.string(),
  // Read-only, as the domain's staircase is: a response passes it on unchanged.
  steps: z.array(StaircaseStep).readonly(),
  absentDayFraction: z.number().optional(),
  recovery: z
    .object({ windowDays: z.number().optional(), recoveryPercent: z.number().optional() })
    .optional(),
});
export type Staircase = z.infer<typeof Staircase>;

export const StaircaseList = z.object({
  presets: z.array(Staircase),
  saved: z.array(
    z.object({
      unitId: z.uuid().nullable(),
      unitName: z.string().nullable(),
      staircase: Staircase,
      version: z.number(),
      updatedAt: z.string(),
    }),
  ),
  schools: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

/** The staircase is checked by the domain's rules, which explain every problem in Swedish. */
export const StaircaseDraft = z.object({ unitId: z.uuid().nullable(), staircase: z.unknown() });

export const StaircasePreview = z.object({
  pupils: z.number(),
  steps: z.array(z.object({ step: z.number(), now: z.number(), draft: z.number() })),
  higher: z.number(),
  lower: z.number(),
});

export const EvaluationSummary = z.object({
  mode: z.enum(["pending", "full"]),
  pupils: z.number(),
  transitions: z.number(),
  tasks: z.number(),
});

export const StaircaseSaved = z.object({ version: z.number(), evaluation: EvaluationSummary });
export const EvaluateRequest = z.object({ mode: z.enum(["pending", "full"]).default("pending") });

/** Files sent in the request itself (small ones), or uploaded beforehand (UploadedFile), or both. */
export const ImportRequest = z
  .object({
    format: z.enum(["ss12000", "csv"]),
    files: z
      .array(z.object({ name: Text(200), content: RawText(10 * 2 ** 20) }))
      .max(50)
      .default([]),
    uploads: z.array(z.uuid()).max(50).default([]),
  })
  .refine((r) => r.files.length + r.uploads.length > 0, {
    message: "at least one file",
    path: ["files"],
  });

export const UploadQuery = z.object({ name: Text(200) });
export const UploadedFile = z.object({ id: z.uuid(), size: z.number() });

export const ImportIssue = z.object({
  file: z.string(),
  line: z.number().nullable(),
  path: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  messageSv: z.string(),
});

/** Something the import did that the sender should know: the encoding a CSV was read in, … */
export const ImportNote = z.object({
  file: z.string(),
  code: z.string(),
  message: z.string(),
  messageSv: z.string(),
});

export const ImportStatus = z.object({
  id: z.uuid(),
  format: z.enum(["ss12000", "csv"]),
  status: z.enum(["running", "succeeded", "failed"]),
  progress: z.object({ bytesDone: z.number(), bytesTotal: z.number(), rows: z.number() }),
  counts: z.record(z.string(), z.number()).nullable(),
  issues: z.array(ImportIssue),
  issueCount: z.number(),
  notes: z.array(ImportNote),
  evaluation: EvaluationSummary.nullable(),
  startedAt: z.string(),
});
export type ImportStatus = z.infer<typeof ImportStatus>;
export const ImportList = z.object({ imports: z.array(ImportStatus) });
export const ImportStarted = z.object({ id: z.uuid() });

export const Trend = z.enum(["rising", "falling", "steady", "unknown"]);

export const PupilRow = z.object({
  childId: z.uuid(),
  name: z.string(),
  schoolName: z.string().nullable(),
  groupNames: z.array(z.string()),
  /** A protected pupil's school and groups left out for this reader (ADR 0016). */
  whereaboutsHidden: z.boolean(),
  step: z.number(),
  stepTitle: z.string().nullable(),
  since: Day.nullable(),
  topStep: z.boolean(),
  termPercent: z.number().nullable(),
  recentPercent: z.number().nullable(),
  earlierPercent: z.number().nullable(),
  trend: Trend,
  openTasks: z.number(),
  overdueTasks: z.number(),
});
export type PupilRow = z.infer<typeof PupilRow>;
export const PupilList = z.object({ pupils: z.array(PupilRow) });

export const AttendanceTask = z.object({
  id: z.uuid(),
  childId: z.uuid(),
  childName: z.string(),
  step: z.number(),
  kind: z.enum(["step_actions", "report_to_organiser", "report_to_social_services"]),
  actor: StepActor,
  title: z.string(),
  actions: z.array(z.string()),
  enteredOn: Day,
  dueDate: Day,
  status: z.enum(["open", "done", "cancelled"]),
  overdue: z.boolean(),
  /** When it was marked done, and the note written then (null without one). */
  doneAt: z.string().nullable().optional(),
  doneNote: z.string().nullable().optional(),
});
export type AttendanceTask = z.infer<typeof AttendanceTask>;
export const TaskList = z.object({ tasks: z.array(AttendanceTask) });

export const DayMinutes = z.object({
  date: Day,
  scheduled: z.number(),
  valid: z.number(),
  invalid: z.number(),
});

export const PupilTerm = z.object({
  child: z.object({
    id: z.uuid(),
    name: z.string(),
    schoolName: z.string().nullable(),
    groupNames: z.array(z.string()),
  }),
  basis: z.enum(["mentor", "principal", "student_health", "attendance_team"]),
  term: z.object({ from: Day, to: Day }),
  days: z.array(DayMinutes),
  weeks: z.array(DayMinutes.omit({ date: true }).extend({ week: z.string(), from: Day })),
  staircase: Staircase.nullable(),
  place: z.object({
    step: z.number(),
    since: Day.nullable(),
    history: z.array(z.object({ step: z.number(), from: Day, reason: z.string() })),
  }),
  tasks: z.array(AttendanceTask),
  reportedAbsences: z.array(
    z.object({ from: z.string(), to: z.string(), kind: z.enum(["leave", "reported"]) }),
  ),
  escalations: z.array(
    z.object({
      kind: z.enum(["collaboration_case", "concern_report"]),
      caseId: z.uuid().nullable(),
      summary: z.string(),
      recordedAt: z.string(),
    }),
  ),
  canEscalate: z.boolean(),
  /** The guardians, for recording their consent to a collaboration case; only with canEscalate. */
  guardians: z.array(z.object({ id: z.uuid(), givenName: z.string(), familyName: z.string() })),
});
export type PupilTerm = z.infer<typeof PupilTerm>;

export const SameDayNotice = z.object({
  childId: z.uuid(),
  childName: z.string(),
  date: Day,
  invalidMinutes: z.number(),
  notifiedAt: z.string().nullable(),
  /** What the mentor noted when the guardians were told (null without one). */
  note: z.string().nullable().optional(),
  guardians: z.array(z.object({ name: z.string(), phone: z.string().nullable() })),
});
export const NoticeList = z.object({ notices: z.array(SameDayNotice) });
/** A duty marked done may carry a short note: what was done, or what the guardians said. */
export const DoneNote = FreeText(1000);
export const NoticeDone = z.object({
  childId: z.uuid(),
  date: CivilDate,
  note: DoneNote.optional(),
});
export const TaskDone = z.object({ note: DoneNote.optional() });

export const StatisticsQuery = z.object({ by: z.enum(["school", "area"]).default("school") });
/** A count as shown: the number, "fewer_than_5" (1-4) or "hidden" (so that a total gives no small count away). */
export const ShownFigure = z.union([z.number().int(), z.enum(["fewer_than_5", "hidden"])]);
export const StatisticsRow = z.object({
  groupId: z.uuid().nullable(),
  groupName: z.string(),
  period: z.string(),
  pupils: ShownFigure,
  over10: ShownFigure,
  over15: ShownFigure,
  over20: ShownFigure,
});
export const Statistics = z.object({
  by: z.enum(["school", "area"]),
  minGroupSize: z.number(),
  rows: z.array(StatisticsRow),
});

export const CollaborationCaseRequest = z.object({
  raisedByUnitId: z.uuid(),
  concern: Text(4000),
  triedSoFar: FreeText(4000).default(""),
  involvedUnitIds: z.array(z.uuid()).max(100).default([]),
  consent: ConsentInput,
});
export const ConcernReportRequest = z.object({ summary: Text(4000) });
export const EscalationCreated = z.object({ id: z.uuid(), caseId: z.uuid().nullable() });
