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
