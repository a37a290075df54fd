import type { PlanContentBody } from "@kring/contracts";

export type Content = PlanContentBody;
export type Goal = Content["goals"][number];
export type Action = Goal["actions"][number];
export type Member = {
  userId: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
};

// New parts get short random ids; the server keeps them across versions for follow-up and diff.
const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export const newAction = (): Action => ({
  id: newId("a"),
  description: "",
  responsibleUnit: null,
  responsiblePerson: null,
  startDate: null,
  endDate: null,
  followUpDate: null,
});

export const newGoal = (): Goal => ({
  id: newId("g"),
  text: "",
  childWords: "",
  actions: [newAction()],
});

export const newMeasure = () => ({
  id: newId("m"),
  description: "",
  by: { unitId: null, name: "" },
});
