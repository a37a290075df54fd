import { usePageTexts } from "../../../platform/i18n/page-texts";
import { meetingsEn } from "./meetings.en";
import { meetingsSv } from "./meetings.sv";

/**
 * The texts of the meeting pages and dialogs: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "meetings" namespace calls this first.
 */
export function useMeetingsTexts() {
  usePageTexts("meetings", meetingsSv, meetingsEn);
}
