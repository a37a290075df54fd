import { type ActionStatus, type GoalLevel, allActions, personLabel } from "@kring/domain/plans";
import { derivedUuid, entry, ref } from "../../platform/fhir/ids";
import { organization, practitioner, relatedPerson } from "../../platform/fhir/people";
import {
  GUARDIAN_ROLE,
  HL7,
  KRING_IDENTIFIERS,
  careTeamRole,
  coding,
} from "../../platform/fhir/terms";
import { fhirPatient } from "../children/child-fhir";
import type { ExportData } from "./plan-export.repository";

// The agreed plan as a FHIR R4 Bundle (collection): Patient, RelatedPerson per guardian, the
// network as Practitioners and Organizations in a CareTeam, a Goal per goal and the CarePlan whose
// activities are the actions. Every id comes from Kring's own (ADR 0029): the CarePlan is the
// same resource for every agreed version, with the version in meta.versionId.

const ACTIVITY_STATUS: Record<ActionStatus, string> = {
  planned: "not-started",
  in_progress: "in-progress",
  done: "completed",
  paused: "on-hold",
  cancelled: "cancelled",
};

const ACHIEVEMENT: Record<GoalLevel, ReturnType<typeof coding>> = {
  not_started: coding(HL7.goalAchievement, "no-progress", "No Progress"),
  some_progress: coding(HL7.goalAchievement, "improving", "Improving"),
  good_progress: coding(HL7.goalAchievement, "improving", "Improving"),
  achieved: coding(HL7.goalAchievement, "achieved", "Achieved"),
};

// FHIR has no empty arrays: leave the element out instead.
const nonEmpty = <T>(key: string, list: T[]) => (list.length ? { [key]: list } : {});
const period = (start: string | null, end: string | null) => ({
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

export function planBundle(d: ExportData) {
  const content = d.version.content;
  const patient = fhirPatient(d.child);
  const guardians = d.guardians.map((g) => relatedPerson(g, patient.id));
  const latest = new Map<string, GoalLevel>();
  for (const f of d.followUps) for (const a of f.assessments) latest.set(a.goalId, a.level);
  const goalId = (id: string) => derivedUuid("goal", d.planId, id);
  const goals = content.goals.map((g) => {
    const level = latest.get(g.id);
    return {
      resourceType: "Goal" as const,
      id: goalId(g.id),
      lifecycleStatus: level === "achieved" ? "completed" : "active",
      ...(level ? { achievementStatus: { coding: [ACHIEVEMENT[level]] } } : {}),
      description: { text: g.text },
      subject: ref(patient.id),
      ...(g.childWords.trim() ? { note: [{ text: `Med barnets egna ord: ${g.childWords}` }] } : {}),
    };
  });
  // A member with an account is that user's Practitioner; one named only in the case gets an id
  // from the membership. Units are Organizations (left out where whereabouts are hidden).
  const members = d.contacts.map((c) => ({
    contact: c,
    practitioner: practitioner({
      id: c.userId ?? derivedUuid("case-member", c.id),
      name: c.name,
      email: c.email,
    }),
  }));
  const units = new Map<string, ReturnType<typeof organization>>();
  for (const c of d.contacts)
    if (c.unitId && c.unitName)
      units.set(c.unitId, organization({ id: c.unitId, name: c.unitName }));
  const careTeam = {
    resourceType: "CareTeam" as const,
    id: derivedUuid("care-team", d.caseId),
    status: d.caseStage === "closed" ? "inactive" : "active",
    name: "Nätverket runt barnet",
    subject: ref(patient.id),
    participant: [
      ...members.map(({ contact, practitioner }) => ({
        role: [careTeamRole(contact.role)],
        member: { ...ref(practitioner.id), display: contact.name },
        ...(contact.unitId && units.has(contact.unitId)
          ? { onBehalfOf: { ...ref(contact.unitId), display: contact.unitName! } }
          : {}),
      })),
      ...guardians.map((g) => ({
        role: [{ coding: [GUARDIAN_ROLE], text: GUARDIAN_ROLE.display }],
        member: { ...ref(g.id), display: g.name[0]!.text },
      })),
    ],
    ...(content.leadUnit?.name
      ? { managingOrganization: [{ display: content.leadUnit.name }] }
      : {}),
  };
  const statusOf = new Map(d.tracks.map((t) => [t.actionId, t.status]));
  const activities = [
    ...allActions(content).map((a) => ({
      detail: {
        status: ACTIVITY_STATUS[statusOf.get(a.id) ?? "planned"],
        description: a.description,
        goal: [ref(goalId(a.goalId))],
        ...(a.startDate || a.endDate ? { scheduledPeriod: period(a.startDate, a.endDate) } : {}),
        ...nonEmpty(
          "performer",
          [personLabel(a.responsiblePerson), a.responsibleUnit?.name]
            .filter(Boolean)
            .map((display) => ({ display })),
        ),
      },
    })),
    ...content.measuresByOthers.map((m) => ({
      detail: {
        status: "unknown",
        description: `Åtgärd av annan: ${m.description}`,
        performer: [{ display: m.by.name }],
      },
    })),
  ];
  const carePlan = {
    resourceType: "CarePlan" as const,
    id: d.planId,
    meta: { versionId: String(d.version.number) },
    identifier: [{ system: KRING_IDENTIFIERS.plan, value: d.planId }],
    status: d.caseStage === "closed" ? "completed" : "active",
    intent: "plan",
    title: "Samordnad individuell plan (SIP)",
    ...(content.needs.trim() ? { description: content.needs } : {}),
    subject: ref(patient.id),
    period: { start: d.version.agreedOn },
    created: d.version.agreedOn,
    ...(content.leadUnit?.name ? { author: { display: content.leadUnit.name } } : {}),
    careTeam: [ref(careTeam.id)],
    goal: goals.map((g) => ref(g.id)),
    activity: activities,
    ...nonEmpty("note", [
      ...(content.childView.trim() ? [{ text: `Barnets syn: ${content.childView}` }] : []),
      ...(content.guardiansView.trim()
        ? [{ text: `Vårdnadshavarnas syn: ${content.guardiansView}` }]
        : []),
    ]),
  };
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: new Date().toISOString(),
    entry: [
      entry(patient),
      ...guardians.map(entry),
      ...members.map((m) => entry(m.practitioner)),
      ...[...units.values()].map(entry),
      entry(careTeam),
      ...goals.map(entry),
      entry(carePlan),
    ],
  };
}
