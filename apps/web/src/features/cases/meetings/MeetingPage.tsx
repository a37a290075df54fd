import { Box, Card, Loader, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCase } from "../api/cases.api";
import { useMeeting } from "../api/meetings.api";
import { useCaseLabels } from "../shared/case-labels";
import { mayKeepNotes } from "../shared/case-roles";
import { HeldMinutes } from "./HeldMinutes";
import { AttendanceForm } from "./AttendanceForm";
import { DecisionTasks } from "./DecisionTasks";
import { InviteeList } from "./InviteeList";
import { inviteeOptions } from "./InviteeChoice";
import { MeetingChanges } from "./MeetingChanges";
import { MeetingFacts } from "./MeetingFacts";
import { MeetingNotesForm } from "./MeetingNotesForm";
import { MeetingRecord } from "./MeetingRecord";
import { MeetingWarnings } from "./MeetingWarnings";
import { AnchorLink } from "../shared/links";
import { MissedBaselineForCase } from "../../instruments/case/MissedBaselineAlert";
import { useMeetingsTexts } from "./meetings-texts";

/** One meeting: when and where, who is invited (with .ics), and the notes coordinators keep. */
export function MeetingPage({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  useMeetingsTexts();
  const { t } = useTranslation(["meetings", "common"]);
  const labels = useCaseLabels();
  const query = useMeeting(caseId, meetingId);
  const detail = useCase(caseId);
  // The notes form starts again from the server's text only when the user asks to reload.
  const [reloads, setReloads] = useState(0);
  const meeting = query.data;
  if (query.isError) return <ProblemAlert error={query.error} />;
  if (!meeting || !detail.data) return <Loader aria-label={t("common:loading")} />;
  const child = detail.data.child;
  // Decisions are owned by the network's people who have an account (a worklist to land on).
  const withAccount = detail.data.members.filter((m) => m.userId);
  const owners = inviteeOptions(withAccount, labels.caseRole);
  const ownerUserIds = new Map(detail.data.members.map((m) => [m.id, m.userId]));
  return (
    <>
      <AnchorLink to="/cases/$caseId" params={{ caseId }} size="sm">
        {t("meetings:backToCase", { name: `${child.givenName} ${child.familyName}` })}
      </AnchorLink>
      <PageTitle documentTitle={labels.meetingKind(meeting.kind)}>
        {labels.meetingKind(meeting.kind)}
      </PageTitle>
      <Stack gap="lg">
        <MeetingWarnings caseId={caseId} meetingId={meetingId} />
        {meeting.kind === "network_meeting_1" && meeting.status === "held" && (
          <MissedBaselineForCase caseId={caseId} />
        )}
        <Card withBorder padding="md">
          <MeetingFacts meeting={meeting} />
        </Card>
        <MeetingChanges meeting={meeting} />
        <Card component="section" aria-labelledby="invitees-title" withBorder padding="md">
          <Title order={2} size="h4" id="invitees-title" mb="sm">
            {t("meetings:invitees.title")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("meetings:invitees.intro")}
          </Text>
          <InviteeList meeting={meeting} />
          {meeting.status === "held" && meeting.mayChange && (
            <Box mt="md">
              <AttendanceForm meeting={meeting} />
            </Box>
          )}
        </Card>
        <DecisionTasks meeting={meeting} ownerUserIds={ownerUserIds} />
        {meeting.status === "held" ? (
          <HeldMinutes meeting={meeting} mayCorrect={mayKeepNotes(detail.data, meeting.kind)} />
        ) : (
          <Card withBorder padding="md">
            {mayKeepNotes(detail.data, meeting.kind) && meeting.status === "planned" ? (
              <MeetingNotesForm
                key={reloads}
                meeting={meeting}
                owners={owners}
                onReload={() => void query.refetch().then(() => setReloads((n) => n + 1))}
                reloading={query.isFetching}
              />
            ) : (
              <MeetingRecord meeting={meeting} />
            )}
          </Card>
        )}
      </Stack>
    </>
  );
}
