import {
  ACTION_STATUS_LABELS,
  type ActionStatus,
  GOAL_LEVEL_LABELS,
  type GoalLevel,
  type PlanContent,
  personLabel,
} from "@kring/domain/plans";

interface Track {
  actionId: string;
  status: ActionStatus;
}
interface Assessed {
  heldOn: string;
  assessments: { goalId: string; level: GoalLevel }[];
}

/**
 * The plan in the family's words: who does what and when, how each goal is going, and nothing
 * the network keeps for itself (internal notes, dated action notes, follow-up comments).
 */
export function familyPlan(
  content: PlanContent,
  meta: { versionNumber: number; agreedOn: string | null },
  tracks: Track[] = [],
  followUps: Assessed[] = [],
) {
  const latest = new Map<string, { level: GoalLevel; on: string }>();
  for (const f of followUps)
    for (const a of f.assessments) latest.set(a.goalId, { level: a.level, on: f.heldOn });
  const statusOf = new Map(tracks.map((t) => [t.actionId, t.status]));
  return {
    ...meta,
    needs: content.needs,
    goals: content.goals.map((g) => {
      const l = latest.get(g.id);
      return {
        id: g.id,
        text: g.text,
        childWords: g.childWords,
        latest: l
          ? {
              level: l.level,
              text: GOAL_LEVEL_LABELS[l.level].sv,
              childText: GOAL_LEVEL_LABELS[l.level].child,
              on: l.on,
            }
          : null,
        actions: g.actions.map((a) => {
          const status = statusOf.get(a.id) ?? "planned";
          return {
            id: a.id,
            what: a.description,
            who: personLabel(a.responsiblePerson),
            organisation: a.responsibleUnit?.name ?? "",
            startDate: a.startDate,
            endDate: a.endDate,
            followUpDate: a.followUpDate,
            status,
            statusText: ACTION_STATUS_LABELS[status].plain,
          };
        }),
      };
    }),
    measuresByOthers: content.measuresByOthers.map((m) => ({ what: m.description, by: m.by.name })),
    leadUnit: content.leadUnit?.name ?? "",
    childView: content.childView,
    guardiansView: content.guardiansView,
  };
}
