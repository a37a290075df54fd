import {
  AGENDA_TEMPLATES,
  AUTHORITY_ACTION_LABELS,
  CASE_EVENT_LABELS,
  CASE_ROLE_LABELS,
  CLOSE_REASON_LABELS,
  DECLINE_REASON_LABELS,
  DEADLINE_LABELS,
  isMeetingKind,
  MEETING_KIND_LABELS,
  STAGE_LABELS,
} from "@kring/domain/cases";
import { useLanguage } from "../../../platform/i18n/use-language";

type Labels = Record<string, { sv: string; en: string }>;

/**
 * The process's own words (stages, steps, meetings, roles, deadlines) live in @kring/domain in
 * both languages; the API sends codes. An unknown code is shown as it is rather than hidden.
 */
export function useCaseLabels() {
  const language = useLanguage();
  const from = (labels: Labels) => (code: string) => labels[code]?.[language] ?? code;
  return {
    stage: from(STAGE_LABELS),
    event: from(CASE_EVENT_LABELS),
    meetingKind: from(MEETING_KIND_LABELS),
    caseRole: from(CASE_ROLE_LABELS),
    deadline: from(DEADLINE_LABELS),
    closeReason: from(CLOSE_REASON_LABELS),
    declineReason: from(DECLINE_REASON_LABELS),
    authorityAction: from(AUTHORITY_ACTION_LABELS),
    agendaItem: (kind: string, key: string, stored: string) =>
      (isMeetingKind(kind) && AGENDA_TEMPLATES[kind].find((i) => i.key === key)?.[language]) ||
      stored,
  };
}
