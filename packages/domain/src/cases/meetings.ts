// Meeting kinds, in which stage each may be held, and their agenda templates.
import { compareCivilDates, type CivilDate } from "./civil-date";
import type { CaseStage } from "./stages";

export const MEETING_KINDS = [
  "pre_meeting",
  "network_meeting_1",
  "network_meeting_2",
  "follow_up",
  "evaluation",
  "closing",
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export function isMeetingKind(value: unknown): value is MeetingKind {
  return typeof value === "string" && (MEETING_KINDS as readonly string[]).includes(value);
}

export const MEETING_KIND_LABELS: Record<MeetingKind, { sv: string; en: string }> = {
  pre_meeting: { sv: "Förmöte", en: "Pre-meeting" },
  network_meeting_1: { sv: "Nätverksmöte 1", en: "Network meeting 1" },
  network_meeting_2: { sv: "Nätverksmöte 2", en: "Network meeting 2" },
  follow_up: { sv: "Uppföljningsmöte", en: "Follow-up meeting" },
  evaluation: { sv: "Utvärderingsmöte", en: "Evaluation meeting" },
  closing: { sv: "Avslutsmöte", en: "Closing meeting" },
};

/**
 * Where a meeting kind may be held, and the stage it leads to. The three process meetings move the
 * case forward one step; follow-up, evaluation and closing meetings are recorded in place.
 */
export const MEETING_RULES: Record<MeetingKind, { heldIn: CaseStage; leadsTo: CaseStage }> = {
  pre_meeting: { heldIn: "first_contact", leadsTo: "pre_meeting" },
  network_meeting_1: { heldIn: "pre_meeting", leadsTo: "network_meeting_1" },
  network_meeting_2: { heldIn: "network_meeting_1", leadsTo: "network_meeting_2" },
  follow_up: { heldIn: "interventions", leadsTo: "interventions" },
  evaluation: { heldIn: "evaluation", leadsTo: "evaluation" },
  closing: { heldIn: "evaluation", leadsTo: "evaluation" },
};

export function meetingKindsHeldIn(stage: CaseStage): MeetingKind[] {
  return MEETING_KINDS.filter((kind) => MEETING_RULES[kind].heldIn === stage);
}

/**
 * Whether a meeting may be planned on this day. Checked when it is planned, not first when it is
 * recorded as held: no meeting of a case takes place before the request that started it.
 */
export function mayPlanMeetingOn(startsOn: CivilDate, requestedOn: CivilDate): boolean {
  return compareCivilDates(startsOn, requestedOn) >= 0;
}

export interface AgendaItem {
  key: string;
  sv: string;
  en: string;
}

/** Agenda templates (Västbas meeting structure); the Swedish text is what the meeting sees. */
export const AGENDA_TEMPLATES: Record<MeetingKind, readonly AgendaItem[]> = {
  pre_meeting: [
    { key: "problem_analysis", sv: "Problemanalys", en: "Problem analysis" },
    { key: "purpose", sv: "Syfte", en: "Purpose" },
    {
      key: "network_map",
      sv: "Nätverkskarta: privat och professionellt nätverk",
      en: "Network map: private and professional network",
    },
    { key: "spokesperson", sv: "Språkrör utses", en: "Appoint the spokesperson" },
    { key: "guest_list", sv: "Gästlista och inbjudan", en: "Guest list and invitations" },
  ],
  network_meeting_1: [
    { key: "needs_analysis", sv: "Gemensam behovsanalys", en: "Joint needs analysis" },
    { key: "spokesperson", sv: "Språkröret presenteras", en: "The spokesperson is presented" },
    {
      key: "contributions",
      sv: "Hemläxa: vad kan jag bidra med?",
      en: "Homework: what can I contribute?",
    },
  ],
  network_meeting_2: [
    { key: "action_plan", sv: "Gemensam handlingsplan", en: "Joint action plan" },
    { key: "goals", sv: "Tydliga mål", en: "Clear goals" },
    { key: "actions", sv: "Åtgärder och insatser", en: "Actions and interventions" },
    {
      key: "responsibilities",
      sv: "Vem ansvarar för vad och när",
      en: "Who is responsible for what, and when",
    },
    {
      key: "contact_person",
      sv: "Kontaktperson från elevhälsoteamet",
      en: "Contact person from the student-health team",
    },
    { key: "follow_up_dates", sv: "Datum för uppföljning", en: "Follow-up dates" },
  ],
  follow_up: [
    {
      key: "plan_status",
      sv: "Hur går det med handlingsplanen?",
      en: "How is the action plan going?",
    },
    { key: "changes", sv: "Förändringar sedan förra mötet", en: "Changes since the last meeting" },
    { key: "new_actions", sv: "Nya insatser vid behov", en: "New actions if needed" },
    { key: "next_follow_up", sv: "Nästa uppföljning", en: "Next follow-up" },
  ],
  evaluation: [
    { key: "goals_review", sv: "Har målen nåtts?", en: "Have the goals been reached?" },
    {
      key: "child_voice",
      sv: "Barnets och familjens upplevelse",
      en: "The child's and family's view",
    },
    { key: "measurements", sv: "Resultat av mätningar", en: "Measurement results" },
    {
      key: "decision",
      sv: "Beslut: avsluta eller fortsätta med reviderad plan",
      en: "Decision: close, or continue with a revised plan",
    },
  ],
  closing: [
    { key: "summary", sv: "Sammanfattning av arbetet", en: "Summary of the work" },
    { key: "what_worked", sv: "Vad fungerade?", en: "What worked?" },
    {
      key: "what_got_in_the_way",
      sv: "Vad i våra egna verksamheter var i vägen?",
      en: "What in our own organisations got in the way?",
    },
    { key: "handover", sv: "Fortsatt stöd och överlämning", en: "Continued support and handover" },
  ],
};
