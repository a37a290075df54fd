import { z } from "zod";
import { CivilDate } from "./input";

export const SteeringQuery = z.object({
  from: CivilDate,
  to: CivilDate,
  /** An area's name. */
  area: z.string().min(1).max(200).optional(),
});

/** One indicator's figures; small counts (1-4) and their complements are null and suppressed. */
export const SteeringIndicator = z.object({
  id: z.string(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  value: z.number().nullable(),
  suppressed: z.boolean(),
});

export const SteeringGroup = z.object({
  /** Null: the whole municipality. */
  area: z.string().nullable(),
  indicators: z.array(SteeringIndicator),
});

export const SteeringIndicatorText = z.object({
  id: z.string(),
  kind: z.enum(["share", "ratio", "days"]),
  sv: z.string(),
  en: z.string(),
});

export const SteeringReport = z.object({
  period: z.object({ from: CivilDate, to: CivilDate }),
  groups: z.array(SteeringGroup),
  /** How each indicator is computed. */
  definitions: z.array(SteeringIndicatorText),
});

export const SteeringSeriesQuery = z.object({
  size: z.enum(["month", "term", "year"]).default("month"),
  /** The last period is the one holding this day. */
  to: CivilDate,
  count: z.coerce.number().int().min(1).max(36).default(12),
});

/** One indicator over consecutive periods, for the municipality and each visible area. */
export const SteeringSeries = z.object({
  definition: SteeringIndicatorText,
  periods: z.array(
    z.object({
      key: z.string(),
      from: CivilDate,
      to: CivilDate,
      groups: z.array(z.object({ area: z.string().nullable(), figure: SteeringIndicator })),
    }),
  ),
});

/** A steering group's target for an indicator, in the indicator's own unit (share 0-1, days). */
export const SteeringTarget = z.object({
  indicator: z.string(),
  /** Null: the whole municipality. */
  area: z.string().nullable(),
  target: z.number(),
  /** Where "near the target" (amber) begins; null: no amber band. */
  amber: z.number().nullable(),
});

export const SteeringTargetList = z.object({ targets: z.array(SteeringTarget) });

/** Sets a target; `target` null removes it. */
export const SteeringTargetInput = z.object({
  area: z.string().min(1).max(200).nullable(),
  target: z.number().finite().min(-1e6).max(1e6).nullable(),
  amber: z.number().finite().min(-1e6).max(1e6).nullable().default(null),
});

/**
 * The overview as a file: CSV (UTF-8 with BOM, semicolons), XLSX (the same rows) or a PDF
 * comparing the period before.
 */
export const SteeringExportQuery = SteeringQuery.extend({ format: z.enum(["csv", "xlsx", "pdf"]) });
