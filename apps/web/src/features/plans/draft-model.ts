import type { PlanContentBody, PlanDetail } from "@kring/contracts";
import { optionsOnce } from "../../platform/forms/options-once";

export type Content = PlanContentBody;
export type Goal = Content["goals"][number];
export type Action = Goal["actions"][number];
export type Member = {
  userId: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
};

export type Person = NonNullable<Action["responsiblePerson"]>;
export type FamilyMember = NonNullable<PlanDetail["draft"]>["familyMembers"][number];

/** One choice of responsible person: a network member, a guardian or the child (Västbas). */
export interface Responsible {
  value: string;
  label: string;
  person: Person;
  unit: Action["responsibleUnit"];
}

/** The value a responsible person is chosen by; null for a name without a link. */
export function responsibleValue(p: Person | null | undefined): string | null {
  if (!p) return null;
  if (p.family) return p.family.kind === "guardian" ? `guardian:${p.family.guardianId}` : "child";
  return p.userId ? `user:${p.userId}` : null;
}

/**
 * The network's members (each person once, with all their roles' units in the label) and then
 * the family: every guardian and the child.
 */
export function responsibleChoices(
  members: Member[],
  family: FamilyMember[],
  words: { guardian: string; child: string },
): { network: Responsible[]; family: Responsible[] } {
  const byUser = new Map(members.map((m) => [m.userId, m]));
  const network = optionsOnce(
    members,
    (m) => `user:${m.userId}`,
    ([m]) => (m!.unitName ? `${m!.name} (${m!.unitName})` : m!.name),
  ).map((o) => {
    const m = byUser.get(o.value.slice("user:".length))!;
    return {
      ...o,
      person: { userId: m.userId, name: m.name },
      unit: m.unitName ? { unitId: m.unitId, name: m.unitName } : null,
    };
  });
  return {
    network,
    family: family.map((f) => {
      const ref =
        f.kind === "guardian" && f.guardianId
          ? { kind: "guardian" as const, guardianId: f.guardianId }
          : { kind: "child" as const };
      const person: Person = { userId: null, name: f.name, family: ref };
      return {
        value: responsibleValue(person)!,
        label: `${f.name} (${ref.kind === "guardian" ? words.guardian : words.child})`,
        person,
        unit: null,
      };
    }),
  };
}

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
