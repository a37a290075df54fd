// What changed between two versions of a plan, for the side-by-side comparison and for the
// "what changed" answer to a stale edit. Goals, actions and measures are matched by id, so a
// reworded goal shows as changed, not as one removed and one added.
import { allActions, type PlanAction, type PlanContent } from "./content";

export type ChangeKind = "added" | "removed" | "changed";

export type PlanChange =
  | { section: "plan"; kind: "changed"; field: PlanField }
  | { section: "goal"; kind: ChangeKind; id: string; fields: string[] }
  | { section: "action"; kind: ChangeKind; id: string; goalId: string; fields: string[] }
  | { section: "measure"; kind: ChangeKind; id: string; fields: string[] };

export const PLAN_FIELDS = [
  "needs",
  "leadUnit",
  "noMeasuresByOthers",
  "childView",
  "guardiansView",
  "internalNotes",
] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields<T extends object>(before: T, after: T, keys: (keyof T & string)[]) {
  return keys.filter((k) => !same(before[k], after[k]));
}

function matchById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  onPair: (b: T | undefined, a: T | undefined, id: string) => void,
) {
  const ids = [...new Set([...before.map((x) => x.id), ...after.map((x) => x.id)])];
  for (const id of ids)
    onPair(
      before.find((x) => x.id === id),
      after.find((x) => x.id === id),
      id,
    );
}

const ACTION_KEYS: (keyof PlanAction)[] = [
  "description",
  "responsibleUnit",
  "responsiblePerson",
  "startDate",
  "endDate",
  "followUpDate",
];

/** The changes from `before` to `after`, in reading order: plan fields, goals, actions, measures. */
export function diffPlans(before: PlanContent, after: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of PLAN_FIELDS)
    if (!same(before[field], after[field]))
      changes.push({ section: "plan", kind: "changed", field });
  matchById(before.goals, after.goals, (b, a, id) => {
    if (!b || !a)
      return changes.push({ section: "goal", kind: b ? "removed" : "added", id, fields: [] });
    const fields = changedFields(b, a, ["text", "childWords"]);
    if (fields.length) changes.push({ section: "goal", kind: "changed", id, fields });
  });
  matchById(allActions(before), allActions(after), (b, a, id) => {
    const goalId = (a ?? b)!.goalId;
    if (!b || !a)
      return changes.push({
        section: "action",
        kind: b ? "removed" : "added",
        id,
        goalId,
        fields: [],
      });
    const fields = changedFields(b, a, [...ACTION_KEYS, "goalId"]);
    if (fields.length) changes.push({ section: "action", kind: "changed", id, goalId, fields });
  });
  matchById(before.measuresByOthers, after.measuresByOthers, (b, a, id) => {
    if (!b || !a)
      return changes.push({ section: "measure", kind: b ? "removed" : "added", id, fields: [] });
    const fields = changedFields(b, a, ["description", "by"]);
    if (fields.length) changes.push({ section: "measure", kind: "changed", id, fields });
  });
  return changes;
}

/** The reverse of a change list: what the diff from `after` back to `before` would say. */
export function invertChange(change: PlanChange): PlanChange {
  if (change.section === "plan" || change.kind === "changed") return change;
  return { ...change, kind: change.kind === "added" ? "removed" : "added" };
}
