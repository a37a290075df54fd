import { randomUUID } from "node:crypto";
import { type ActionStatus, type GoalLevel, allActions } from "@kring/domain/plans";
import { fhirPatientIdentity } from "../children/child-fhir";
import type { ExportData } from "./plan-export.repository";

// The agreed plan as a FHIR R4 Bundle (collection): Patient, RelatedPerson per guardian,
// CareTeam, a Goal per goal and the CarePlan whose activities are the actions. Professionals and
// units are display-only references: they are not health-care resources the receiver can resolve.

const PERSONNUMMER = "http://electronichealth.se/identifier/personnummer";
const KRING = "urn:kring";

const ACTIVITY_STATUS: Record<ActionStatus, string> = {
  planned: "not-started",
  in_progress: "in-progress",
  done: "completed",
  paused: "on-hold",
  cancelled: "cancelled",
};

const ACHIEVEMENT: Record<GoalLevel, { code: string; display: string }> = {
  not_started: { code: "no-progress", display: "No Progress" },
  some_progress: { code: "improving", display: "Improving" },
  good_progress: { code: "improving", display: "Improving" },
  achieved: { code: "achieved", display: "Achieved" },
};

// FHIR has no empty arrays: leave the element out instead.
const nonEmpty = <T>(key: string, list: T[]) => (list.length ? { [key]: list } : {});
const urn = () => `urn:uuid:${randomUUID()}`;
const period = (start: string | null, end: string | null) => ({
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

export function planBundle(d: ExportData) {
  const content = d.version.content;
  const patientUrl = urn();
  const patient = {
    resourceType: "Patient",
    ...fhirPatientIdentity(d.child.protected_identity, [
      { system: PERSONNUMMER, value: d.child.personal_number },
    ]),
    name: [{ family: d.child.family_name, given: [d.child.given_name] }],
    birthDate: d.child.birth_date,
  };
  const guardians = d.guardians.map((g) => ({
    fullUrl: urn(),
    resource: {
      resourceType: "RelatedPerson",
      patient: { reference: patientUrl },
      relationship: [
        {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
              code: "GUARD",
              display: "guardian",
            },
          ],
        },
      ],
      name: [{ text: g.name }],
    },
  }));
  const latest = new Map<string, GoalLevel>();
  for (const f of d.followUps) for (const a of f.assessments) latest.set(a.goalId, a.level);
  const goals = content.goals.map((g) => {
    const level = latest.get(g.id);
    return {
      id: g.id,
      fullUrl: urn(),
      resource: {
        resourceType: "Goal",
        lifecycleStatus: level === "achieved" ? "completed" : "active",
        ...(level
          ? {
              achievementStatus: {
                coding: [
                  {
                    system: "http://terminology.hl7.org/CodeSystem/goal-achievement",
                    ...ACHIEVEMENT[level],
                  },
                ],
              },
            }
          : {}),
        description: { text: g.text },
        subject: { reference: patientUrl },
        ...(g.childWords.trim()
          ? { note: [{ text: `Med barnets egna ord: ${g.childWords}` }] }
          : {}),
      },
    };
  });
  const careTeamUrl = urn();
  const careTeam = {
    resourceType: "CareTeam",
    status: d.caseStage === "closed" ? "inactive" : "active",
    name: "Nätverket runt barnet",
    subject: { reference: patientUrl },
    participant: [
      ...d.contacts.map((c) => ({
        role: [{ text: c.role }],
        member: { display: c.unitName ? `${c.name} (${c.unitName})` : c.name },
      })),
      ...guardians.map((g) => ({ role: [{ text: "guardian" }], member: { reference: g.fullUrl } })),
    ],
    ...(content.leadUnit?.name
      ? { managingOrganization: [{ display: content.leadUnit.name }] }
      : {}),
  };
  const statusOf = new Map(d.tracks.map((t) => [t.actionId, t.status]));
  const goalUrl = new Map(goals.map((g) => [g.id, g.fullUrl]));
  const activities = [
    ...allActions(content).map((a) => ({
      detail: {
        status: ACTIVITY_STATUS[statusOf.get(a.id) ?? "planned"],
        description: a.description,
        goal: [{ reference: goalUrl.get(a.goalId)! }],
        ...(a.startDate || a.endDate ? { scheduledPeriod: period(a.startDate, a.endDate) } : {}),
        ...nonEmpty(
          "performer",
          [a.responsiblePerson?.name, a.responsibleUnit?.name]
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
    resourceType: "CarePlan",
    meta: { versionId: String(d.version.number) },
    identifier: [{ system: `${KRING}:plan`, value: `${d.planId}/${d.version.number}` }],
    status: d.caseStage === "closed" ? "completed" : "active",
    intent: "plan",
    title: "Samordnad individuell plan (SIP)",
    ...(content.needs.trim() ? { description: content.needs } : {}),
    subject: { reference: patientUrl },
    period: { start: d.version.agreedOn },
    created: d.version.agreedOn,
    ...(content.leadUnit?.name ? { author: { display: content.leadUnit.name } } : {}),
    careTeam: [{ reference: careTeamUrl }],
    goal: goals.map((g) => ({ reference: g.fullUrl })),
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
      { fullUrl: patientUrl, resource: patient },
      ...guardians,
      { fullUrl: careTeamUrl, resource: careTeam },
      ...goals.map(({ fullUrl, resource }) => ({ fullUrl, resource })),
      { fullUrl: urn(), resource: carePlan },
    ],
  };
}
