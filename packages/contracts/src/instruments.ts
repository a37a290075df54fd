import { MEETING_KINDS } from "@kring/domain/cases";
import { z } from "zod";

// Outcome instruments (SDQ, ORS/CORS, SRS/CSRS) and school outcomes. The answer schemas are
// the ones the web form validates with, so a form the browser accepts is one the server scores.

export const InstrumentKind = z.enum(["sdq", "ors", "srs"]);
export const InstrumentVersion = z.enum(["2-4", "4-17", "11-17", "ORS", "CORS", "SRS", "CSRS"]);
export const Informant = z.enum(["parent", "teacher", "self"]);
export const Occasion = z.enum(["baseline", "periodic", "closure", "meeting", "extra"]);
export const RequestStatus = z.enum(["sent", "submitted", "cancelled"]);
export const ReliableChange = z.enum(["improved", "deteriorated", "no_reliable_change"]);
const CivilDate = z.iso.date();

export const Respondent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("professional"), userId: z.uuid() }),
  z.object({ kind: z.literal("guardian"), guardianId: z.uuid() }),
  z.object({ kind: z.literal("child") }),
]);

export const SendInstrumentRequest = z.object({
  instrument: InstrumentKind,
  version: InstrumentVersion,
  informant: Informant,
  respondent: Respondent,
  dueDate: CivilDate,
  occasion: Occasion.default("extra"),
  meetingId: z.uuid().nullable().default(null),
});
export type SendInstrumentRequest = z.infer<typeof SendInstrumentRequest>;

// ---- Answers: one exact shape per form ----

const SdqItem = z.union([z.literal(0), z.literal(1), z.literal(2)]).nullable();
const ImpactItem = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable();
const sdqAnswers = <F extends string>(form: F, impactItems: number) =>
  z.strictObject({
    form: z.literal(form),
    /** 25 answers in form order, as ticked; null = not answered. */
    answers: z.array(SdqItem).length(25),
    /** The respondent sees no difficulties, so the impact questions are skipped. */
    noDifficulties: z.boolean().default(false),
    impact: z.array(ImpactItem).length(impactItems).nullable().default(null),
  });
/** A mark on a 10 cm line, measured to the millimetre. */
const Vas = z
  .number()
  .min(0)
  .max(10)
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, "at most one decimal");
const vasAnswers = <F extends string, S extends z.ZodRawShape>(form: F, items: S) =>
  z.strictObject({ form: z.literal(form), items: z.strictObject(items) });
const srsItems = { relationship: Vas, goalsAndTopics: Vas, approach: Vas, overall: Vas };

export const InstrumentAnswers = z.discriminatedUnion("form", [
  sdqAnswers("sdq-parent", 5),
  sdqAnswers("sdq-teacher", 3),
  sdqAnswers("sdq-self", 5),
  vasAnswers("ors", { individually: Vas, interpersonally: Vas, socially: Vas, overall: Vas }),
  vasAnswers("cors", { me: Vas, family: Vas, school: Vas, everything: Vas }),
  vasAnswers("srs", srsItems),
  vasAnswers("csrs", srsItems),
]);
export type InstrumentAnswers = z.infer<typeof InstrumentAnswers>;
export type AnswerForm = InstrumentAnswers["form"];

/** The answer shape a request asks for. */
export function answerFormOf(instrument: string, informant: string, version: string): AnswerForm {
  if (instrument === "sdq") return `sdq-${informant}` as AnswerForm;
  return version.toLowerCase() as AnswerForm;
}

export const InstrumentScores = z.union([
  z.object({
    instrument: z.literal("sdq"),
    informant: Informant,
    scores: z.record(z.string(), z.number().nullable()),
    bands3: z.record(z.string(), z.string().nullable()),
    bands4: z.record(z.string(), z.string().nullable()),
  }),
  z.object({
    instrument: z.enum(["ors", "srs"]),
    version: z.string(),
    items: z.record(z.string(), z.number()),
    total: z.number(),
    /** ORS: below the clinical cut-off; SRS: under the alliance threshold. */
    flagged: z.boolean(),
    threshold: z.number(),
  }),
]);
export type InstrumentScores = z.infer<typeof InstrumentScores>;

// ---- Forms as shown to the respondent (licensed wording or neutral placeholders) ----

const FormBase = z.object({
  form: z.string(),
  instrument: InstrumentKind,
  version: InstrumentVersion,
  informant: Informant,
  language: z.enum(["sv", "en"]),
  /** False: the tenant has not loaded the licensed wording; neutral placeholders are shown. */
  licensed: z.boolean(),
  title: z.string(),
  instructions: z.string().nullable(),
});
export const FormDefinition = z.discriminatedUnion("layout", [
  FormBase.extend({
    layout: z.literal("sdq"),
    options: z.array(z.string()),
    items: z.array(z.object({ number: z.number().int(), text: z.string() })),
    difficultiesQuestion: z.string(),
    difficultiesOptions: z.array(z.string()),
    impactItems: z.array(z.object({ key: z.string(), text: z.string() })),
    impactOptions: z.array(z.string()),
  }),
  FormBase.extend({
    layout: z.literal("vas"),
    items: z.array(
      z.object({ key: z.string(), label: z.string(), low: z.string(), high: z.string() }),
    ),
  }),
]);
export type FormDefinition = z.infer<typeof FormDefinition>;

// ---- Requests and responses in a case ----

export const InstrumentRequestSummary = z.object({
  id: z.uuid(),
  instrument: InstrumentKind,
  version: InstrumentVersion,
  informant: Informant,
  occasion: Occasion,
  meetingId: z.uuid().nullable(),
  dueDate: z.string(),
  status: RequestStatus,
  overdue: z.boolean(),
  respondent: z.object({ kind: z.enum(["professional", "guardian", "child"]), name: z.string() }),
  requestedAt: z.string(),
  submittedAt: z.string().nullable(),
  responseId: z.uuid().nullable(),
  scores: InstrumentScores.nullable(),
});
export type InstrumentRequestSummary = z.infer<typeof InstrumentRequestSummary>;

export const ScheduledMeasurement = z.object({
  instrument: InstrumentKind,
  informant: Informant,
  version: InstrumentVersion,
  occasion: z.enum(["baseline", "periodic", "closure", "meeting"]),
  meetingId: z.string().nullable(),
  meetingKind: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(["done", "upcoming", "due_soon", "overdue"]),
  doneOn: z.string().nullable(),
  requested: z.boolean(),
});

export const CaseInstrumentsResponse = z.object({
  schedule: z.array(ScheduledMeasurement),
  requests: z.array(InstrumentRequestSummary),
  /** Coordinators send forms; others see what was sent and answered. */
  maySend: z.boolean(),
});

export const InstrumentRequestDetail = InstrumentRequestSummary.extend({
  caseId: z.uuid(),
  form: FormDefinition,
  answers: InstrumentAnswers.nullable(),
  submittedBy: z.string().nullable(),
  mayRespond: z.boolean(),
});

export const SubmitResponseResult = z.object({ responseId: z.uuid(), scores: InstrumentScores });

export const FamilyInstrumentItem = z.object({
  id: z.uuid(),
  instrument: InstrumentKind,
  version: InstrumentVersion,
  childGivenName: z.string(),
  dueDate: z.string(),
  status: RequestStatus,
  submittedAt: z.string().nullable(),
});
export const FamilyInstrumentList = z.object({ requests: z.array(FamilyInstrumentItem) });
export const FamilyInstrumentDetail = FamilyInstrumentItem.extend({ form: FormDefinition });

// ---- The tenant's settings: schedule and cut-offs ----

const Days = (max: number) => z.number().int().min(0).max(max);
export const InstrumentScheduleRules = z.strictObject({
  sdqInformants: z.array(Informant),
  sdqBeforeNetworkMeeting1: z.boolean(),
  sdqBaselineFallbackDays: Days(365),
  sdqEveryMonths: z.number().int().min(1).max(36).nullable(),
  sdqAtClosure: z.boolean(),
  sdqClosureWindowDays: Days(180),
  sessionInstruments: z.array(z.enum(["ors", "srs"])),
  sessionMeetingKinds: z.array(z.enum(MEETING_KINDS)),
  dueSoonDays: Days(60),
});
const Points = z.number().positive().max(40);
export const InstrumentThresholds = z.strictObject({
  /** ORS totals below this are in the clinical range (25 is the published adult cut-off). */
  orsClinicalCutoff: Points,
  /** Points of ORS change that count as reliable (5 by default; NHS practice uses 6.6). */
  orsReliableChange: Points,
  /** SRS totals below this signal that the alliance needs attention. */
  srsAlertBelow: Points,
});
export type InstrumentThresholds = z.infer<typeof InstrumentThresholds>;
export const InstrumentSettings = z.object({
  schedule: InstrumentScheduleRules,
  thresholds: InstrumentThresholds,
});
export const UpdateInstrumentSettings = z.object({
  schedule: InstrumentScheduleRules.partial().optional(),
  thresholds: InstrumentThresholds.partial().optional(),
});

// ---- Licensed wording, uploaded by an administrator (docs/instrument-wording.md) ----

const Text = z.string().trim().min(1).max(2000);
const SdqFormWording = z.strictObject({
  title: Text,
  instructions: Text.optional(),
  /** The three answer options, in score order 0, 1, 2. */
  options: z.tuple([Text, Text, Text]),
  items: z.array(Text).length(25),
  difficultiesQuestion: Text,
  /** No; yes, minor; yes, definite; yes, severe. */
  difficultiesOptions: z.tuple([Text, Text, Text, Text]),
  impactItems: z.strictObject({
    distress: Text,
    home: Text.optional(),
    friendships: Text,
    classroom: Text,
    leisure: Text.optional(),
  }),
  impactOptions: z.tuple([Text, Text, Text, Text]),
});
const VasItemWording = z.strictObject({ label: Text, low: Text.optional(), high: Text.optional() });
const vasWording = <S extends z.ZodRawShape>(items: S) =>
  z.strictObject({ title: Text, instructions: Text.optional(), items: z.strictObject(items) });
const srsWording = vasWording({
  relationship: VasItemWording,
  goalsAndTopics: VasItemWording,
  approach: VasItemWording,
  overall: VasItemWording,
});
const fileOf = <I extends string, F extends z.ZodRawShape>(instrument: I, forms: F) =>
  z.strictObject({
    format: z.literal("kring.instrument-wording/1"),
    instrument: z.literal(instrument),
    language: z.enum(["sv", "en"]),
    /** Where the wording comes from (edition, licence); shown to administrators. */
    source: z.string().trim().max(500).default(""),
    forms: z.strictObject(forms).refine((f) => Object.keys(f).length > 0, "the file holds no form"),
  });

export const InstrumentWordingFile = z.discriminatedUnion("instrument", [
  fileOf("sdq", {
    "parent-2-4": SdqFormWording.optional(),
    "parent-4-17": SdqFormWording.optional(),
    "teacher-2-4": SdqFormWording.optional(),
    "teacher-4-17": SdqFormWording.optional(),
    "self-11-17": SdqFormWording.optional(),
  }),
  fileOf("ors", {
    ORS: vasWording({
      individually: VasItemWording,
      interpersonally: VasItemWording,
      socially: VasItemWording,
      overall: VasItemWording,
    }).optional(),
    CORS: vasWording({
      me: VasItemWording,
      family: VasItemWording,
      school: VasItemWording,
      everything: VasItemWording,
    }).optional(),
  }),
  fileOf("srs", { SRS: srsWording.optional(), CSRS: srsWording.optional() }),
]);
export type InstrumentWordingFile = z.infer<typeof InstrumentWordingFile>;

export const WordingStatus = z.object({
  loaded: z.array(
    z.object({
      instrument: InstrumentKind,
      language: z.enum(["sv", "en"]),
      source: z.string(),
      forms: z.array(z.string()),
      loadedAt: z.string(),
      loadedBy: z.string(),
    }),
  ),
});

// ---- The child's outcomes over time ----

const SdqPoint = z.object({
  responseId: z.uuid(),
  caseId: z.uuid(),
  on: z.string(),
  version: InstrumentVersion,
  scores: z.record(z.string(), z.number().nullable()),
  bands3: z.record(z.string(), z.string().nullable()),
  bands4: z.record(z.string(), z.string().nullable()),
  /** Against the informant's previous SDQ; null on the first or where no threshold exists. */
  reliableChange: z.record(z.string(), ReliableChange.nullable()).nullable(),
});
const VasPoint = z.object({
  responseId: z.uuid(),
  caseId: z.uuid(),
  on: z.string(),
  version: InstrumentVersion,
  total: z.number(),
  /** ORS: below the clinical cut-off. SRS: under the alliance threshold. */
  flagged: z.boolean(),
  meetingKind: z.string().nullable(),
  /** ORS only: change from the previous measurement and whether it is reliable. */
  change: z.number().nullable(),
  reliableChange: ReliableChange.nullable(),
});
/** Subject codes as in Swedish compulsory school grading (SV, MA, EN ...). */
// prettier-ignore
export const SCHOOL_SUBJECTS = [
  "BI", "BL", "EN", "FY", "GE", "HI", "HKK", "IDH", "KE", "M1", "M2", "MA", "ML", "MU", "RE",
  "SH", "SL", "SV", "SVA", "TK",
] as const;
export const Term = z.string().regex(/^(HT|VT)\d{4}$/, "HT or VT and a year, e.g. VT2026");
export const Grade = z.enum(["A", "B", "C", "D", "E", "F", "-"]);
export const Year3Area = z.enum(["reading", "writing", "mathematics"]);
export const Year3Result = z.enum(["met", "not_met", "absent"]);

export const ChildOutcomes = z.object({
  childId: z.uuid(),
  childName: z.string(),
  thresholds: InstrumentThresholds,
  sdq: z.array(z.object({ informant: Informant, points: z.array(SdqPoint) })),
  ors: z.array(z.object({ informant: Informant, points: z.array(VasPoint) })),
  srs: z.array(z.object({ informant: Informant, points: z.array(VasPoint) })),
  grades: z.array(
    z.object({ term: z.string(), schoolYear: z.number().int(), subject: z.string(), grade: Grade }),
  ),
  year3: z.array(z.object({ term: z.string(), area: Year3Area, result: Year3Result })),
  mayRecordSchoolOutcomes: z.boolean(),
});
export type ChildOutcomes = z.infer<typeof ChildOutcomes>;

export const RecordGradesRequest = z.object({
  term: Term,
  schoolYear: z.number().int().min(1).max(9),
  grades: z.array(z.object({ subject: z.enum(SCHOOL_SUBJECTS), grade: Grade })).min(1),
});
export const RecordYear3Request = z.object({
  term: Term,
  results: z.array(z.object({ area: Year3Area, result: Year3Result })).min(1),
});
