import { z } from "zod";
import { CivilDate, FreeText, Text } from "./input";

// The experience log (issue 20.3): reflections by theme and period without anything that
// identifies a child or staff, and the steering group's conclusions against them (ADR 0042).

export const ExperienceTheme = z.object({
  id: z.uuid(),
  name: z.string(),
  archived: z.boolean(),
});
export const ExperienceThemesResponse = z.object({
  themes: z.array(ExperienceTheme),
  /** The organisations a point can be about (the closure dialog's choice). */
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
});

export const ExperienceThemeCreate = z.object({ name: Text(80) });
export const ExperienceThemeUpdate = z.object({
  name: Text(80).optional(),
  archived: z.boolean().optional(),
});

export const ExperienceGrain = z.enum(["month", "term", "year"]);
export const ExperienceLogQuery = z.object({
  from: CivilDate,
  to: CivilDate,
  /** How finely the period is cut: never finer than a month. */
  grain: ExperienceGrain.default("month"),
  themeId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  /** An area's name. */
  area: z.string().min(1).max(200).optional(),
});

/** One reflection's words, with nothing of the case: no case, child, staff or date. */
export const ExperienceReflection = z.object({
  source: z.enum(["closure", "evaluation"]),
  organisation: z.string().nullable(),
  whatWorked: z.string(),
  whatGotInTheWay: z.string(),
});

/** A theme x area x period cell; fewer than 5 reflections: no count and no words. */
export const ExperienceCell = z.object({
  themeId: z.uuid().nullable(),
  themeName: z.string().nullable(),
  area: z.string().nullable(),
  /** "2026-03" (month), "2026-vt" / "2026-ht" (spring / autumn term, as the steering figures), "2026" (year). */
  period: z.string(),
  count: z.number().int().nullable(),
  suppressed: z.boolean(),
  reflections: z.array(ExperienceReflection),
});

export const SteeringConclusion = z.object({
  id: z.uuid(),
  area: z.string().nullable(),
  themes: z.array(z.string()),
  saw: z.string(),
  decided: z.string(),
  followUp: z.string(),
  ownerName: z.string(),
  followUpOn: CivilDate,
  createdAt: z.string(),
  createdByName: z.string(),
  followedUpAt: z.string().nullable(),
  followedUpNote: z.string().nullable(),
});

export const ExperienceLogResponse = z.object({
  period: z.object({ from: CivilDate, to: CivilDate }),
  grain: ExperienceGrain,
  cells: z.array(ExperienceCell),
  conclusions: z.array(SteeringConclusion),
  /** The areas the reader may choose between. */
  areas: z.array(z.object({ id: z.uuid(), name: z.string() })),
  /** Whether the reader may record conclusions (a steering group). */
  canConclude: z.boolean(),
});

export const SteeringConclusionCreate = z.object({
  /** An area's id; omitted: the whole municipality. */
  areaId: z.uuid().optional(),
  themeIds: z.array(z.uuid()).min(1).max(10),
  saw: Text(4000),
  decided: Text(4000),
  followUp: Text(2000),
  ownerUserId: z.uuid(),
  followUpOn: CivilDate,
});

export const ConclusionFollowedUp = z.object({ note: FreeText(1000).nullable().optional() });

/** Who may own a conclusion: the tenant's professionals, by name only. */
export const ConclusionOwnersResponse = z.object({
  owners: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
