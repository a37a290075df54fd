import { z } from "zod";
import { Int, Text } from "./input";

// Retention (gallring) and register extracts for the administrator (issue #21.3-4, ADR 0037).

export const RetentionRuleName = z.enum([
  "closed_case",
  "declined_request",
  "attendance_lessons",
  "expired_sessions",
  "import_files",
  "audit_entries",
  "leisure_participation",
  "closed_early_support",
]);

export const RetentionRuleView = z.object({
  rule: RetentionRuleName,
  amount: z.number(),
  unit: z.enum(["years", "days"]),
  isDefault: z.boolean(),
  defaultAmount: z.number(),
  label: z.object({ sv: z.string(), en: z.string() }),
});

export const RetentionPreviewItem = z.object({
  rule: RetentionRuleName,
  description: z.string(),
  itemCount: z.number(),
  publishedAt: z.string(),
  dueFrom: z.string(),
  /** Whether the next nightly run removes it (published long enough before it). */
  tonight: z.boolean(),
  /** A case that can be held or archived; null for other groups. */
  caseId: z.uuid().nullable(),
});

export const RetentionOverview = z.object({
  rules: z.array(RetentionRuleView),
  nextRun: z.string(),
  preview: z.array(RetentionPreviewItem),
  holds: z.array(z.object({ caseId: z.uuid(), reason: z.string(), placedAt: z.string() })),
  records: z.array(
    z.object({
      ranAt: z.string(),
      rule: RetentionRuleName,
      description: z.string(),
      removed: z.record(z.string(), z.number()),
    }),
  ),
});
export type RetentionOverview = z.infer<typeof RetentionOverview>;

/** The amount is checked by the service, so that 0 gets its own clear message. */
export const RetentionRuleUpdate = z.object({ amount: Int(-1000, 100_000) });
export const RetentionRuleParams = z.object({ rule: RetentionRuleName });

export const LegalHoldRequest = z.object({ reason: Text(500) });

export const ExtractSubject = z.enum(["child", "guardian", "professional"]);
export const ExtractQuery = z.object({
  kind: ExtractSubject,
  id: z.uuid(),
  format: z.enum(["json", "pdf"]).default("json"),
});
