import { LeisureParticipation } from "./offer";
import { z } from "zod";
import { InstrumentThresholds } from "./instrument-admin";
import { Informant, InstrumentVersion, ReliableChange } from "./instruments";

// The child's outcomes over time: instrument scores per informant and school results.

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
  /** The cut-off this point was judged by: ORS by the child's age then (#17.15), SRS's threshold. */
  cutoff: z.number(),
  /** ORS: whose cut-off applied (CORS 6-12, ORS 13-17, adults). */
  cutoffGroup: z.enum(["child", "youth", "adult"]).nullable(),
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
  /** Leisure activities the child takes or took part in, with attendance (issue #22). */
  leisure: z.array(LeisureParticipation),
});
export type ChildOutcomes = z.infer<typeof ChildOutcomes>;

export const RecordGradesRequest = z.object({
  term: Term,
  schoolYear: z.number().int().min(1).max(9),
  grades: z
    .array(z.object({ subject: z.enum(SCHOOL_SUBJECTS), grade: Grade }))
    .min(1)
    .max(SCHOOL_SUBJECTS.length),
});
export const RecordYear3Request = z.object({
  term: Term,
  results: z
    .array(z.object({ area: Year3Area, result: Year3Result }))
    .min(1)
    .max(3),
});
