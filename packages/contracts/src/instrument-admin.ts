import { MEETING_KINDS } from "@kring/domain/cases";
import { z } from "zod";
import { FreeText, Int, Text as RequiredText } from "./input";
import { Informant, InstrumentKind } from "./instruments";

// What a tenant administrator sets for the outcome instruments: the schedule, the cut-offs and
// the licensed item wording (docs/instrument-wording.md).

// ---- The tenant's settings: schedule and cut-offs ----

const Days = (max: number) => Int(0, max);
export const InstrumentScheduleRules = z.strictObject({
  sdqInformants: z.array(Informant),
  sdqBeforeNetworkMeeting1: z.boolean(),
  sdqBaselineFallbackDays: Days(365),
  sdqEveryMonths: Int(1, 36).nullable(),
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
  /** The same for adolescents of 13-17 (28, Duncan et al. 2006). */
  orsYouthClinicalCutoff: Points,
  /** The same for CORS, children of 6-12 (32, Duncan et al. 2006). */
  corsClinicalCutoff: Points,
  /** Points of ORS change that count as reliable (5 by default; NHS practice uses 6.6). */
  orsReliableChange: Points,
  /** SRS totals below this signal that the alliance needs attention. */
  srsAlertBelow: Points,
  /**
   * Points by which a child's latest SDQ total difficulties must be below the first to count as
   * improved in the steering figures (issue 20). No threshold is published for the total: 3 is
   * Kring's default, not a published value.
   */
  sdqTotalImprovement: Points,
});
export type InstrumentThresholds = z.infer<typeof InstrumentThresholds>;
export const InstrumentSettings = z.object({
  schedule: InstrumentScheduleRules,
  thresholds: InstrumentThresholds,
  /** When and by whom the tenant last saved its settings; null while the defaults apply. */
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export const UpdateInstrumentSettings = z.object({
  schedule: InstrumentScheduleRules.partial().optional(),
  thresholds: InstrumentThresholds.partial().optional(),
  /**
   * The `updatedAt` the change was made from (null: from the defaults). When someone saved in
   * between, the change is refused with 409 and the settings now in force. Left out: no check.
   */
  basedOn: FreeText(100).nullable().optional(),
});

// ---- Licensed wording, uploaded by an administrator (docs/instrument-wording.md) ----

const Text = RequiredText(2000);
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
    source: FreeText(500).default(""),
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

/** What one uploaded wording file put in place. */
export const WordingLoaded = z.object({
  instrument: z.string(),
  language: z.string(),
  forms: z.array(z.string()),
});

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
