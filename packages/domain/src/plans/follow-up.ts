// Following the plan up: each action has a status, each goal an assessment at every follow-up.
import type { PlanContent } from "./content";

export const ACTION_STATUSES = ["planned", "in_progress", "done", "paused", "cancelled"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses after which an action can no longer fall behind. */
export const FINISHED_STATUSES: readonly ActionStatus[] = ["done", "cancelled"];

/** Labels for professionals, and plain words for the family and the child. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, { sv: string; en: string; plain: string }> =
  {
    planned: { sv: "Planerad", en: "Planned", plain: "Har inte börjat än" },
    in_progress: { sv: "Pågår", en: "In progress", plain: "Pågår nu" },
    done: { sv: "Genomförd", en: "Done", plain: "Klar" },
    paused: { sv: "Pausad", en: "Paused", plain: "Vilar just nu" },
    cancelled: { sv: "Avbruten", en: "Cancelled", plain: "Blev inte av" },
  };

/** A four-step scale, simple enough to use with the child at the table. */
export const GOAL_LEVELS = ["not_started", "some_progress", "good_progress", "achieved"] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export const GOAL_LEVEL_LABELS: Record<GoalLevel, { sv: string; en: string; child: string }> = {
  not_started: { sv: "Inte påbörjat", en: "Not started", child: "Inte än" },
  some_progress: { sv: "Viss framgång", en: "Some progress", child: "Lite bättre" },
  good_progress: { sv: "God framgång", en: "Good progress", child: "Mycket bättre" },
  achieved: { sv: "Uppnått", en: "Achieved", child: "Klart!" },
};

/** 1-4, for charts over time. */
export const goalLevelScore = (level: GoalLevel) => GOAL_LEVELS.indexOf(level) + 1;

export interface GoalAssessment {
  goalId: string;
  level: GoalLevel;
}

export interface FollowUpIssue {
  code: "goal_not_assessed" | "unknown_goal" | "unknown_action" | "goal_assessed_twice";
  id: string;
  messageSv: string;
  messageEn: string;
}

/**
 * A follow-up assesses every goal of the plan it follows, once, and updates only actions that
 * exist in it. Returns what is wrong (empty: the follow-up can be recorded).
 */
export function followUpIssues(
  plan: PlanContent,
  assessments: readonly GoalAssessment[],
  actionIds: readonly string[] = [],
): FollowUpIssue[] {
  const issues: FollowUpIssue[] = [];
  const goalIds = plan.goals.map((g) => g.id);
  const known = new Set(plan.goals.flatMap((g) => g.actions.map((a) => a.id)));
  const seen = new Set<string>();
  for (const a of assessments) {
    if (!goalIds.includes(a.goalId))
      issues.push(
        issue(
          "unknown_goal",
          a.goalId,
          "Målet finns inte i planen.",
          "The goal is not in the plan.",
        ),
      );
    else if (seen.has(a.goalId))
      issues.push(
        issue(
          "goal_assessed_twice",
          a.goalId,
          "Målet är bedömt två gånger.",
          "The goal is assessed twice.",
        ),
      );
    seen.add(a.goalId);
  }
  for (const id of goalIds)
    if (!seen.has(id))
      issues.push(
        issue(
          "goal_not_assessed",
          id,
          "Bedöm varje mål vid uppföljningen.",
          "Assess every goal at the follow-up.",
        ),
      );
  for (const id of actionIds)
    if (!known.has(id))
      issues.push(
        issue(
          "unknown_action",
          id,
          "Åtgärden finns inte i planen.",
          "The action is not in the plan.",
        ),
      );
  return issues;
}

function issue(code: FollowUpIssue["code"], id: string, messageSv: string, messageEn: string) {
  return { code, id, messageSv, messageEn };
}
