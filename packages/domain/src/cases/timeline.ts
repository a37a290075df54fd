// The case timeline says what happened, in the past tense and in the reader's language. Entries
// are stored as Swedish summaries; the English is derived here when reading, so older entries
// (written before this file, some as commands: "Skicka till bedömning") read right too.
import {
  AUTHORITY_ACTION_LABELS,
  CLOSE_REASON_LABELS,
  type AuthorityActionKind,
  type CloseReason,
} from "./case-state";
import { CASE_EVENT_LABELS, type CaseEventType } from "./events";
import { HANDOVER_KIND_LABELS, type HandoverKind } from "../plans/handover";
import { MEETING_KIND_LABELS, type MeetingKind } from "./meetings";

type Text = { sv: string; en: string };

/** Each process step as something that happened. */
export const CASE_EVENT_DONE_LABELS: Record<CaseEventType, Text> = {
  submit: { sv: "Skickad till bedömning", en: "Sent for assessment" },
  accept: { sv: "Bedömd som samverkansärende", en: "Accepted as a collaboration case" },
  decline: { sv: "Bedömd som ej samverkansärende", en: "Assessed as not a collaboration case" },
  appoint_coordinators: { sv: "Koordinatorer utsedda", en: "Coordinators appointed" },
  record_first_contact: { sv: "Familjen kontaktad", en: "Family contacted" },
  appoint_spokesperson: { sv: "Språkrör utsett", en: "Spokesperson appointed" },
  appoint_contact_person: { sv: "Kontaktperson utsedd", en: "Contact person appointed" },
  hold_meeting: { sv: "Möte registrerat", en: "Meeting recorded" },
  agree_plan: { sv: "Handlingsplan fastställd", en: "Action plan agreed" },
  record_eht_review: { sv: "EHT-genomgång registrerad", en: "EHT review recorded" },
  start_evaluation: { sv: "Utvärdering påbörjad", en: "Evaluation started" },
  record_evaluation: { sv: "Utvärdering registrerad", en: "Evaluation recorded" },
  continue: { sv: "Fortsätter med reviderad plan", en: "Continuing with a revised plan" },
  close: { sv: "Ärendet avslutat", en: "Case closed" },
  record_authority_action: {
    sv: "Myndighetsutövning registrerad",
    en: "Authority action recorded",
  },
};

// Summaries the services write word for word.
const FIXED: Record<string, string> = {
  "Förfrågan registrerad": "Request registered",
  "Samtycke registrerat": "Consent recorded",
  "Samtycke återkallat": "Consent withdrawn",
  "Deltagare tillagd i nätverket": "Participant added to the network",
  "Deltagare har lämnat nätverket": "Participant has left the network",
  "Planen uppföljd": "Plan followed up",
  "Planen skickad till familjen för godkännande": "Plan sent to the family for agreement",
  "Revidering av planen påbörjad": "Revision of the plan started",
  "Utkast till plan påbörjat": "Draft plan started",
  "Planen mottagen av ny enhet": "Plan received by the new unit",
  "Överlämning avböjd": "Handover declined",
  "Överlämning återtagen": "Handover withdrawn",
  "Protokoll rättat": "Minutes corrected",
  "Vårdnadshavare tillagd": "Guardian added",
};

// Summaries that start with a fixed text and go on with a label or free text after "…: ".
const PREFIXED: [sv: string, en: string, details: Text[]][] = [
  [
    "Överlämning föreslagen",
    "Handover proposed",
    Object.values(HANDOVER_KIND_LABELS as Record<HandoverKind, Text>),
  ],
  ["Ärendet öppnat igen", "Case reopened", []],
  // Replacements (ADR 0025), with the reason as written.
  ["Koordinator 1 bytt", "Coordinator 1 replaced", []],
  ["Koordinator 2 bytt", "Coordinator 2 replaced", []],
  ["Kontaktperson bytt", "Contact person replaced", []],
];

// Labels that may follow "…: " in a summary (closing reason, kind of authority action).
const DETAILS: Text[] = [
  ...Object.values(CLOSE_REASON_LABELS as Record<CloseReason, Text>),
  ...Object.values(AUTHORITY_ACTION_LABELS as Record<AuthorityActionKind, Text>),
];
const MEETINGS = Object.values(MEETING_KIND_LABELS as Record<MeetingKind, Text>);

function isCaseEventType(kind: string): kind is CaseEventType {
  return kind in CASE_EVENT_DONE_LABELS;
}

function english(sv: string): string | null {
  if (FIXED[sv]) return FIXED[sv];
  const plan = /^Plan version (\d+) godkänd$/.exec(sv);
  if (plan) return `Plan version ${plan[1]} agreed`;
  for (const [prefix, en, details] of PREFIXED) {
    if (!sv.startsWith(`${prefix}: `)) continue;
    const rest = sv.slice(prefix.length + 2);
    return `${en}: ${details.find((d) => d.sv === rest)?.en ?? rest}`;
  }
  for (const m of MEETINGS) {
    if (sv === `${m.sv} planerat`) return `${m.en} planned`;
    if (sv === `${m.sv} hållet`) return `${m.en} held`;
    if (sv === `${m.sv} inställt`) return `${m.en} cancelled`;
  }
  return null;
}

/**
 * A timeline entry in both languages. `en` is null when the entry is free text only Swedish can
 * say; text someone wrote after "…: " (a note, another action) is kept as written.
 */
export function timelineSummary(kind: string, stored: string): { sv: string; en: string | null } {
  if (isCaseEventType(kind)) {
    const done = CASE_EVENT_DONE_LABELS[kind];
    for (const prefix of [CASE_EVENT_LABELS[kind].sv, done.sv]) {
      if (!stored.startsWith(prefix)) continue;
      const rest = stored.slice(prefix.length);
      const detail = DETAILS.find((d) => rest === `: ${d.sv}`);
      return { sv: done.sv + rest, en: done.en + (detail ? `: ${detail.en}` : rest) };
    }
  }
  const authority = DETAILS.find((d) => stored.startsWith(`${d.sv}: `));
  if (authority) return { sv: stored, en: authority.en + stored.slice(authority.sv.length) };
  return { sv: stored, en: english(stored) };
}
