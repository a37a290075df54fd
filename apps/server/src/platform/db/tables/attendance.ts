// Tables of the attendance feature, as Kysely sees them. Merged into Database in ../schema.ts.
import type { Generated } from "kysely";
import type { CreatedAt, Json, JsonArray, Timestamp, UpdatedAt } from "../schema";

export type StepActor =
  "mentor" | "student_health" | "principal" | "attendance_team" | "social_services";

export interface AttendanceExternalRefTable {
  tenant_id: string;
  kind: "organisation" | "pupil" | "guardian" | "staff";
  external_id: string;
  local_id: string;
}

export interface AttendanceGroupTable {
  id: Generated<string>;
  tenant_id: string;
  external_id: string;
  unit_id: string | null;
  name: string;
  group_type: string;
}

export interface AttendanceGroupMemberTable {
  tenant_id: string;
  group_id: string;
  child_id: string;
  from_date: string | null;
  to_date: string | null;
}

export interface AttendanceGroupMentorTable {
  tenant_id: string;
  group_id: string;
  user_id: string;
  from_date: string | null;
  to_date: string | null;
}

export interface AttendanceCalendarEventTable {
  tenant_id: string;
  external_id: string;
  date: string;
  minutes: number;
}

interface Minutes {
  scheduled_minutes: number;
  present_minutes: number;
  valid_minutes: number;
  invalid_minutes: number;
}

export interface AttendanceLessonTable extends Minutes {
  tenant_id: string;
  external_id: string;
  child_id: string;
  date: string;
}

export interface AttendanceDayTable extends Minutes {
  tenant_id: string;
  child_id: string;
  date: string;
}

export interface AttendanceReportedAbsenceTable {
  tenant_id: string;
  external_id: string;
  child_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  kind: "leave" | "reported";
}

export interface AttendanceStaircaseTable {
  id: Generated<string>;
  tenant_id: string;
  unit_id: string | null;
  staircase: Json;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface AttendancePupilStateTable {
  tenant_id: string;
  child_id: string;
  staircase_key: string;
  step: number;
  top_step: boolean;
  since: string | null;
  /** The domain's PupilStairState; its lastEvaluated lags (attendance_progress has the date). */
  state: Json;
  updated_at: UpdatedAt;
}

/**
 * How far a pupil has been evaluated, where they stand and what changed since (migrations 0400,
 * 0500). A pupil the import knows of but no evaluation has reached has no place yet.
 */
export interface AttendanceProgressTable {
  tenant_id: string;
  child_id: string;
  /** The staircase evaluated under; "" for none (the next evaluation starts over). */
  staircase_key: string;
  evaluated_through: string | null;
  /** The domain's stillMinutes for the pupil at step 0 of staircase_key; null: none. */
  still_minutes: number | null;
  /** The school days the engine will look back on, packed; null: read them. */
  recent_days: string | null;
  /** The state with the last history entry alone; its lastEvaluated lags. */
  place: Json | null;
  /** The mark: the first and last changed date (null: no mark), whether any changed school
   *  day has absence, the fewest minutes scheduled on one, and the days packed (null: read). */
  marked_from: string | null;
  marked_through: string | null;
  marked_absent: boolean | null;
  marked_shortest: number | null;
  marked_days: string | null;
  mark_revision: Generated<number>;
}

export interface AttendanceTaskTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  school_unit_id: string | null;
  step: number;
  step_entered_on: string;
  kind: "step_actions" | "report_to_organiser" | "report_to_social_services";
  actor: StepActor;
  title: string;
  actions: JsonArray;
  due_date: string;
  status: Generated<"open" | "done" | "cancelled">;
  done_at: Timestamp | null;
  done_by: string | null;
  done_note: string | null;
  created_at: CreatedAt;
}

export interface AttendanceNoticeTable {
  tenant_id: string;
  child_id: string;
  date: string;
  notified_at: Timestamp;
  notified_by: string;
  note: string | null;
}

export interface AttendanceEscalationTable {
  id: Generated<string>;
  tenant_id: string;
  child_id: string;
  kind: "collaboration_case" | "concern_report";
  case_id: string | null;
  summary: string;
  recorded_by: string;
  recorded_at: CreatedAt;
}

export interface AttendanceImportTable {
  id: Generated<string>;
  tenant_id: string;
  format: "ss12000" | "csv";
  started_by: string | null;
  started_at: Timestamp;
  finished_at: Timestamp;
  status: "succeeded" | "failed";
  counts: Json;
  errors: JsonArray;
}

export interface AttendanceTables {
  attendance_external_ref: AttendanceExternalRefTable;
  attendance_group: AttendanceGroupTable;
  attendance_group_member: AttendanceGroupMemberTable;
  attendance_group_mentor: AttendanceGroupMentorTable;
  attendance_calendar_event: AttendanceCalendarEventTable;
  attendance_lesson: AttendanceLessonTable;
  attendance_day: AttendanceDayTable;
  attendance_reported_absence: AttendanceReportedAbsenceTable;
  attendance_staircase: AttendanceStaircaseTable;
  attendance_pupil_state: AttendancePupilStateTable;
  attendance_progress: AttendanceProgressTable;
  attendance_task: AttendanceTaskTable;
  attendance_notice: AttendanceNoticeTable;
  attendance_escalation: AttendanceEscalationTable;
  attendance_import: AttendanceImportTable;
}
