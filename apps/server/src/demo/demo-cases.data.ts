import { CASE_STAGES, type CaseStage } from "@kring/domain/cases";

// The demo's collaboration cases: one per stage of the process, spread over the four areas.
// How far each demo case has come. Each walks the real process up to its stage.
// The process order from the domain, less "declined", which is a side exit of the assessment.
export const PATH: readonly CaseStage[] = CASE_STAGES.filter((stage) => stage !== "declined");
export type DemoStage = CaseStage | "authority_action";

export interface DemoCase {
  childIndex: number;
  area: string;
  stage: DemoStage;
  acute?: boolean;
  daysAgo: number;
  concern: string;
}

export const DEMO_CASES: DemoCase[] = [
  {
    childIndex: 4,
    area: "mariehem",
    stage: "request",
    // Registered but never sent for assessment: its first contact (7 days) is past due.
    daysAgo: 9,
    concern: "Eleven har varit frånvarande mycket senaste månaden och verkar orolig.",
  },
  {
    childIndex: 8,
    area: "mariehem",
    stage: "assessment",
    daysAgo: 2,
    concern: "Vårdnadshavarna ber om hjälp; barnet har svårt att komma till skolan på morgnarna.",
  },
  {
    childIndex: 12,
    area: "mariehem",
    stage: "assessment",
    acute: true,
    daysAgo: 0,
    concern: "Barnet berättar om våld i hemmet. Akut.",
  },
  {
    childIndex: 1,
    area: "ersboda",
    stage: "declined",
    daysAgo: 12,
    concern: "Konflikter på rasterna och utbrott i klassrummet.",
  },
  {
    childIndex: 5,
    area: "ersboda",
    stage: "coordinators_appointed",
    daysAgo: 9,
    concern: "Oro för barnets mående och sömn; skolarbetet har stannat av.",
  },
  {
    childIndex: 9,
    area: "ersboda",
    stage: "first_contact",
    daysAgo: 14,
    concern: "Barnet isolerar sig och har slutat med fotbollen.",
  },
  {
    childIndex: 2,
    area: "holmsund",
    stage: "pre_meeting",
    daysAgo: 18,
    concern: "Hög frånvaro och familjen har flyttat in nyligen.",
  },
  {
    childIndex: 0,
    area: "mariehem",
    stage: "network_meeting_1",
    daysAgo: 24,
    concern: "Alva har hög frånvaro, sover dåligt och familjen behöver stöd från flera håll.",
  },
  {
    childIndex: 6,
    area: "holmsund",
    stage: "network_meeting_2",
    daysAgo: 35,
    concern: "Svårigheter med koncentration och kamratrelationer.",
  },
  {
    childIndex: 3,
    area: "teg",
    stage: "interventions",
    daysAgo: 80,
    concern: "Barnet har en neuropsykiatrisk diagnos och stödet behöver samordnas.",
  },
  {
    childIndex: 10,
    area: "teg",
    stage: "evaluation",
    daysAgo: 200,
    concern: "Långvarig skolfrånvaro och oro i familjen.",
  },
  {
    childIndex: 14,
    area: "holmsund",
    stage: "closed",
    daysAgo: 230,
    concern: "Oro för nedstämdhet efter föräldrarnas separation.",
  },
  {
    childIndex: 13,
    area: "teg",
    stage: "authority_action",
    daysAgo: 20,
    concern: "Misstanke om att barnet far illa.",
  },
];
