// The content of a child's plan (SIP / barnets plan): what the network writes together at
// network meeting 2 and at every revision. Ids are stable across versions, so follow-up notes,
// assessments and version comparisons can refer to the same goal or action over time.
import type { CivilDate } from "../cases/civil-date";

/** An organisation (unit) named in the plan; unitId is null for one outside the system. */
export interface UnitRef {
  unitId: string | null;
  name: string;
}

/** A person named in the plan; userId is null for someone without an account. */
export interface PersonRef {
  userId: string | null;
  name: string;
}

/** An intervention (insats/åtgärd) that serves a goal. */
export interface PlanAction {
  id: string;
  description: string;
  responsibleUnit: UnitRef | null;
  responsiblePerson: PersonRef | null;
  startDate: CivilDate | null;
  endDate: CivilDate | null;
  followUpDate: CivilDate | null;
}

export interface PlanGoal {
  id: string;
  text: string;
  /** The goal as the child puts it, in the child's own words. */
  childWords: string;
  actions: PlanAction[];
}

/** Measures taken by others than the municipality and region (e.g. an independent school). */
export interface OtherMeasure {
  id: string;
  description: string;
  by: UnitRef;
}

export interface PlanContent {
  needs: string;
  goals: PlanGoal[];
  measuresByOthers: OtherMeasure[];
  /** The network states explicitly that no one else takes measures (the law asks either way). */
  noMeasuresByOthers: boolean;
  /** The organisation with overall responsibility for the plan (huvudansvar). */
  leadUnit: UnitRef | null;
  childView: string;
  guardiansView: string;
  /** For the professionals only: never in the family's view or print. */
  internalNotes: string;
}

export function emptyPlan(): PlanContent {
  return {
    needs: "",
    goals: [],
    measuresByOthers: [],
    noMeasuresByOthers: false,
    leadUnit: null,
    childView: "",
    guardiansView: "",
    internalNotes: "",
  };
}

export function allActions(plan: PlanContent): (PlanAction & { goalId: string })[] {
  return plan.goals.flatMap((g) => g.actions.map((a) => ({ ...a, goalId: g.id })));
}

export const isBlank = (s: string | null | undefined) => !s || s.trim() === "";
