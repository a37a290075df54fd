import { Group, Stack } from "@mantine/core";
import type { SessionUser } from "@kring/contracts";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useSession } from "../../platform/session/use-session";
import { hasRole } from "../../platform/session/roles";
import { PageTitle } from "../../platform/ui/PageTitle";
import { followsAttendance } from "./attendance-work";
import { NoticeList } from "./NoticeList";
import { PupilsByStep } from "./PupilsByStep";
import { TaskList } from "./TaskList";
import { useAttendanceTexts } from "./attendance-texts";

/** "Närvaro": the staircase's work, the same-day notices (mentors) and the pupils by step. */
export function AttendancePage() {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const user = useSession()?.user;
  const follows = !!user && followsAttendance(user);
  return (
    <Stack gap="md">
      <PageTitle>{t("title")}</PageTitle>
      {user && <MoreLinks user={user} />}
      {follows && <TaskList />}
      {user && hasRole(user, "teacher_mentor") && <NoticeList />}
      {follows && <PupilsByStep view="mine" />}
    </Stack>
  );
}

/** The attendance pages beyond one's own pupils, for those whose work they are. */
function MoreLinks({ user }: { user: SessionUser }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  return (
    <Group component="nav" aria-label={t("title")} gap="lg">
      {hasRole(user, "attendance_team") && (
        <Link to="/attendance/caseload">{t("caseloadTitle")}</Link>
      )}
      {hasRole(user, "analyst", "attendance_team", "principal") && (
        <Link to="/attendance/statistics">{t("statisticsTitle")}</Link>
      )}
      {hasRole(user, "administrator") && <Link to="/attendance/admin">{t("adminTitle")}</Link>}
    </Group>
  );
}

export function CaseloadPage() {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  return (
    <Stack gap="md">
      <PageTitle>{t("caseloadTitle")}</PageTitle>
      <TaskList />
      <PupilsByStep view="caseload" />
    </Stack>
  );
}
