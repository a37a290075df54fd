import { usePageTexts } from "../../platform/i18n/page-texts";
import { attendanceEn } from "./attendance.en";
import { attendanceSv } from "./attendance.sv";

/**
 * The texts of the attendance pages: they come with these lazy pages, not the first page (ADR 0023). Every
 * component that reads the "attendance" namespace calls this first.
 */
export function useAttendanceTexts() {
  usePageTexts("attendance", attendanceSv, attendanceEn);
}
