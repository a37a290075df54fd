import { z } from "zod";
import { CivilDate, Int, Text, atLeastOneField } from "./input";

// Access-log review (logguppföljning, issue #21): who did what with a child's data, what one
// person did, and the accesses worth a look by the tenant's rules.

/** A period of whole days (Stockholm time), both days included. */
const Period = { from: CivilDate, to: CivilDate };

export const ChildLogRequest = z.object({ personalNumber: Text(13).min(10), ...Period });
export const UserLogRequest = z.object({ username: Text(200), ...Period });
export const FindingsRequest = z.object(Period);

/** On which ground the person reached the child's data. */
export const ACCESS_BASES = [
  "network",
  "intake",
  "raised",
  "emergency",
  "unit",
  "family",
  "refused",
  "none",
] as const;
export const AccessBasisKind = z.enum(ACCESS_BASES);

export const ReviewMark = z.object({
  comment: z.string(),
  markedBy: z.string(),
  markedAt: z.string(),
});

export const LogEntry = z.object({
  seq: z.number(),
  at: z.string(),
  /** Null: the system acted (e.g. the night's evaluation). */
  actorName: z.string().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  childName: z.string().nullable(),
  basis: AccessBasisKind.nullable(),
  reason: z.string().nullable(),
  /** Emergency reason category, refused route and code: what the entry says beyond ids. */
  note: z.string().nullable(),
  mark: ReviewMark.nullable(),
});

export const LogResponse = z.object({
  subject: z.object({ name: z.string(), protectedIdentity: z.boolean() }),
  entries: z.array(LogEntry),
  /** More entries than shown: narrow the period (the CSV export has them all). */
  truncated: z.boolean(),
});

export const FINDING_RULES = [
  "emergency",
  "protected_identity",
  "many_children",
  "outside_units",
  "refused",
] as const;
export const FindingRule = z.enum(FINDING_RULES);

export const Finding = z.object({
  rule: FindingRule,
  /** The audit entry the finding starts at; marks are kept on it. */
  seq: z.number(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorUsername: z.string().nullable(),
  childName: z.string().nullable(),
  /** How many entries (or, for many_children, how many different children) it covers. */
  count: z.number(),
  note: z.string().nullable(),
  mark: ReviewMark.nullable(),
});
export const FindingsResponse = z.object({ findings: z.array(Finding), truncated: z.boolean() });

export const MarkParams = z.object({
  seq: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 53 - 1),
});
export const MarkRequest = z.object({ comment: Text(2000) });

export const ReviewRules = z.object({
  emergency: z.boolean(),
  protectedIdentity: z.boolean(),
  manyChildren: z.object({
    enabled: z.boolean(),
    /** More than this many different children ... */
    threshold: Int(1, 10_000),
    /** ... within this many minutes. */
    windowMinutes: Int(1, 24 * 60),
  }),
  outsideUnits: z.boolean(),
  refused: z.boolean(),
});
export const LogReviewSettings = z.object({
  rules: ReviewRules,
  /** From this age a child's own account sees who read about them. */
  childSeesReadsFromAge: Int(0, 18),
});
export const LogReviewSettingsPatch = atLeastOneField(LogReviewSettings.partial());

/** For the family: who opened the child's case, plan and forms, and when. */
export const FAMILY_READ_KINDS = ["case", "plan", "forms", "child", "emergency"] as const;
export const FamilyRead = z.object({
  at: z.string(),
  kind: z.enum(FAMILY_READ_KINDS),
  /** How many times that day (the list shows the latest). */
  times: z.number(),
  name: z.string(),
  role: z.string().nullable(),
  unit: z.string().nullable(),
  /** Emergency access: the reason category (risk_to_life_or_health, ...). */
  emergencyCategory: z.string().nullable(),
});
export const FamilyReadsResponse = z.object({
  /** False for a child's own account under the tenant's age: nothing is listed. */
  shown: z.boolean(),
  fromAge: z.number().nullable(),
  reads: z.array(FamilyRead),
});
