import type { SessionUser } from "@kring/contracts";
import { STUDENT_HEALTH_ROLES } from "@kring/domain";

// Whose work the staircase is, mirroring the server's rule (attendance-access.ts): mentors and
// principals, student health in a student-health unit (a psychologist at child psychiatry has
// the same role name but no pupils here), and the attendance team.
const FOLLOWING_ROLES = ["teacher_mentor", "principal", "attendance_team"];

/** Whether the user follows pupils on the staircase: their tasks and pupils by step. */
export function followsAttendance(user: SessionUser): boolean {
  return user.memberships.some(
    (m) =>
      FOLLOWING_ROLES.includes(m.role) ||
      (STUDENT_HEALTH_ROLES.includes(m.role) && m.unitKind === "student_health"),
  );
}

/** Whether "Närvaro" belongs in the user's menu: those who follow pupils, and the figures' users. */
export function worksWithAttendance(user: SessionUser): boolean {
  return (
    user.kind === "professional" &&
    (followsAttendance(user) ||
      user.memberships.some((m) => m.role === "analyst" || m.role === "administrator"))
  );
}
