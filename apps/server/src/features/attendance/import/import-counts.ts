/** What a batch changed, per kind of row; all zero when the same data is imported again. */
export interface ImportCounts {
  rows: number;
  schools: number;
  pupils: number;
  /** Pupils reported dead or emigrated (SS 12000 personStatus), now off the staircase. */
  leftStaircase: number;
  enrolments: number;
  guardians: number;
  staff: number;
  groups: number;
  groupMembers: number;
  mentors: number;
  skippedMentors: number;
  unknownResponsibles: number;
  calendarEvents: number;
  lessons: number;
  absences: number;
}

export function emptyCounts(): ImportCounts {
  return {
    rows: 0,
    schools: 0,
    pupils: 0,
    leftStaircase: 0,
    enrolments: 0,
    guardians: 0,
    staff: 0,
    groups: 0,
    groupMembers: 0,
    mentors: 0,
    skippedMentors: 0,
    unknownResponsibles: 0,
    calendarEvents: 0,
    lessons: 0,
    absences: 0,
  };
}
