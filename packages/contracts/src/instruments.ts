import { z } from "zod";
import { CivilDate } from "./input";

// Outcome instruments (SDQ, ORS/CORS, SRS/CSRS) and school outcomes. The answer schemas are
// the ones the web form validates with, so a form the browser accepts is one the server scores.

export const InstrumentKind = z.enum(["sdq", "ors", "srs"]);
export const InstrumentVersion = z.enum(["2-4", "4-17", "11-17", "ORS", "CORS", "SRS", "CSRS"]);
export const Informant = z.enum(["parent", "teacher", "self"]);
export const Occasion = z.enum(["baseline", "periodic", "closure", "meeting", "extra"]);
export const RequestStatus = z.enum(["sent", "submitted", "cancelled"]);
export const ReliableChange = z.enum(["improved", "deteriorated", "no_reliable_change"]);

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
    /**
     * The overall question ("Har barnet svårigheter …?"): 0 no, 1 minor, 2 definite, 3 severe
     * difficulties; null when not answered (or answered before it was stored). 0 means
     * noDifficulties; the server keeps the two in step.
     */
    difficulties: ImpactItem.default(null),
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
    /** ORS/CORS: whose cut-off applied (children 6-12, adolescents 13-17, adults). */
    cutoffGroup: z.enum(["child", "youth", "adult"]).optional(),
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
  /** Baseline SDQ: network meeting 1 was held on this date without it (HLT expects it before). */
  missedMeeting1On: z.string().nullable(),
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
  /** The respondent is the child the form is about: the page addresses them as "du". */
  aboutMe: z.boolean(),
  dueDate: z.string(),
  status: RequestStatus,
  submittedAt: z.string().nullable(),
});
export const FamilyInstrumentList = z.object({ requests: z.array(FamilyInstrumentItem) });
export const FamilyInstrumentDetail = FamilyInstrumentItem.extend({ form: FormDefinition });
