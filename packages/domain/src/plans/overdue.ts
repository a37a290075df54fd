// When an action has fallen behind: it should have ended, or its follow-up date has passed with
// no note since. Finished actions never fall behind.
import { compareCivilDates, type CivilDate } from "../cases/civil-date";
import { FINISHED_STATUSES, type ActionStatus } from "./follow-up";

export interface ActionTracking {
  actionId: string;
  endDate: CivilDate | null;
  followUpDate: CivilDate | null;
  status: ActionStatus;
  /** The date of the latest status note, if any. */
  lastNoteOn: CivilDate | null;
}

export type OverdueReason = "end_passed" | "follow_up_due";

export const OVERDUE_LABELS: Record<OverdueReason, { sv: string; en: string }> = {
  end_passed: { sv: "Åtgärden skulle vara klar", en: "The action should be finished" },
  follow_up_due: { sv: "Åtgärden ska följas upp", en: "The action is due for follow-up" },
};

export function overdueReason(t: ActionTracking, today: CivilDate): OverdueReason | null {
  if (FINISHED_STATUSES.includes(t.status)) return null;
  if (t.endDate && compareCivilDates(t.endDate, today) < 0) return "end_passed";
  const followUpPassed = t.followUpDate && compareCivilDates(t.followUpDate, today) < 0;
  const notedSince =
    t.lastNoteOn !== null && t.followUpDate && compareCivilDates(t.lastNoteOn, t.followUpDate) >= 0;
  return followUpPassed && !notedSince ? "follow_up_due" : null;
}

/** The overdue actions with their reason, most urgent (earliest date) first. */
export function overdueActions(tracked: readonly ActionTracking[], today: CivilDate) {
  return tracked
    .flatMap((t) => {
      const reason = overdueReason(t, today);
      if (!reason) return [];
      const dueDate = (reason === "end_passed" ? t.endDate : t.followUpDate)!;
      return [{ actionId: t.actionId, reason, dueDate }];
    })
    .sort((a, b) => compareCivilDates(a.dueDate, b.dueDate));
}
