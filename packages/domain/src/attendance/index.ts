/**
 * Attendance staircase ("närvarotrappa", domain.md §7): a pure, data-driven rules engine.
 * No I/O; the caller streams each pupil's recent school-day summaries and stores the state.
 */
export * from "./config";
export { addDays, dayNumber, daysBetween, fromDayNumber, isIsoDate, type IsoDate } from "./dates";
export { prepareDays, schoolDaysBetween, type DayRecord, type SchoolDaySummary } from "./days";
export { sameDayNotices, type SameDayNotice } from "./notices";
export { AttendanceInputError, StaircaseConfigError, type ConfigIssue } from "./errors";
export { absenceShare, type AbsenceShare, type ShareWindow } from "./share";
export { absenceBand, ABSENCE_BANDS, type AbsenceBand } from "./bands";
export type * from "./state";
export { requiredHistoryDays } from "./history";
export { evaluatePupil, evaluateSchoolDays } from "./engine";
export { stillMinutes } from "./still";
export { parseStaircase, validateStaircase, type StaircaseValidation } from "./validate-staircase";
export { DANDERYD_STAIRCASE } from "./presets/danderyd";
export { ESKILSTUNA_STAIRCASE } from "./presets/eskilstuna";
