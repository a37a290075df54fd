// Small helpers shared by the transition handlers.
import type { CaseState, Reflection } from "./case-state";
import { compareCivilDates, isCivilDate, type CivilDate } from "./civil-date";
import type { TransitionContext } from "./events";
import { transitionError, type TransitionError } from "./transition-errors";

export type TransitionResult =
  { ok: true; state: CaseState } | { ok: false; error: TransitionError };

export const ok = (state: CaseState): TransitionResult => ({ ok: true, state });
export const fail = (error: TransitionError): TransitionResult => ({ ok: false, error });

export function isNonBlank(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

export function isReflection(value: unknown): value is Reflection {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Partial<Record<keyof Reflection, unknown>>;
  const themes =
    r.themeIds === undefined ||
    (Array.isArray(r.themeIds) && r.themeIds.every((t: unknown) => isNonBlank(t)));
  const organisation = r.organisationId === undefined || isNonBlank(r.organisationId);
  return isNonBlank(r.whatWorked) && isNonBlank(r.whatGotInTheWay) && themes && organisation;
}

export function trimReflection(r: Reflection): Reflection {
  return {
    whatWorked: r.whatWorked.trim(),
    whatGotInTheWay: r.whatGotInTheWay.trim(),
    ...(r.themeIds?.length ? { themeIds: [...new Set(r.themeIds)] } : {}),
    ...(r.organisationId ? { organisationId: r.organisationId } : {}),
  };
}

/**
 * The date an event happened: `on` when the event is recorded afterwards, otherwise today. Never
 * in the future, never before the request (or before `notBefore`, e.g. the plan).
 */
export function eventDate(
  state: CaseState,
  context: TransitionContext,
  on: unknown,
  notBefore?: { date: CivilDate; code: "date_before_plan" },
): { ok: true; date: CivilDate } | { ok: false; error: TransitionError } {
  if (on !== undefined && !isCivilDate(on))
    return { ok: false, error: transitionError("invalid_date") };
  const date = on ?? context.today;
  if (compareCivilDates(date, context.today) > 0) {
    return { ok: false, error: transitionError("date_in_future") };
  }
  if (compareCivilDates(date, state.requestedOn) < 0) {
    return { ok: false, error: transitionError("date_before_request") };
  }
  if (notBefore && compareCivilDates(date, notBefore.date) < 0) {
    return { ok: false, error: transitionError(notBefore.code) };
  }
  return { ok: true, date };
}
