import type { MeetingDetail } from "@kring/contracts";
import { Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { familyInvitationUrl, useInviteFamily } from "../api/meeting-changes.api";
import { invitationUrl } from "../api/meetings.api";
import { useMeetingsTexts } from "./meetings-texts";

function Attended({ attended }: { attended: boolean | null }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  if (attended === null) return null;
  return (
    <Badge variant="outline" color={attended ? "kring.8" : "gray.7"} tt="none" radius="sm">
      {attended ? t("attendance.came") : t("attendance.away")}
    </Badge>
  );
}

/** Who is invited, each with their own calendar invitation to download and send on. */
export function InviteeList({ meeting }: { meeting: MeetingDetail }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const announce = useAnnounce();
  const invite = useInviteFamily(meeting.caseId, meeting.id);
  const row = (
    key: string,
    name: string,
    email: string | null,
    href: string,
    attended: boolean | null,
  ) => (
    <Group component="li" key={key} justify="space-between" wrap="wrap" gap="xs">
      <Group gap="xs">
        <Text size="sm">
          {name}
          {email && <Text span c="dimmed">{` (${email})`}</Text>}
        </Text>
        <Attended attended={attended} />
      </Group>
      <Anchor size="sm" href={href} download aria-label={t("invitees.icsLabel", { name })}>
        {t("invitees.ics")}
      </Anchor>
    </Group>
  );
  return (
    <Stack gap="sm">
      {meeting.invitees.length === 0 ? (
        <Text size="sm">{t("invitees.none")}</Text>
      ) : (
        <Stack component="ul" gap={6} className="plain-list">
          {meeting.invitees.map((i) =>
            row(
              i.memberId,
              i.displayName,
              i.email,
              invitationUrl(meeting.caseId, meeting.id, i.memberId),
              i.attended,
            ),
          )}
        </Stack>
      )}
      <Title order={3} size="h5">
        {t("invitees.family")}
      </Title>
      {meeting.family.length === 0 ? (
        <Text size="sm">{t("invitees.noFamily")}</Text>
      ) : (
        <Stack component="ul" gap={6} className="plain-list">
          {meeting.family.map((f) =>
            row(
              f.id,
              f.kind === "child" ? t("invitees.child", { name: f.name }) : f.name,
              f.email,
              familyInvitationUrl(meeting.caseId, meeting.id, f.id),
              f.attended,
            ),
          )}
        </Stack>
      )}
      {meeting.status === "planned" && meeting.mayChange && (
        <>
          <Button
            variant="default"
            size="xs"
            w="fit-content"
            loading={invite.isPending}
            onClick={() =>
              invite.mutateAsync(undefined).then(
                () => announce(t("invitees.familyInvited")),
                () => undefined,
              )
            }
          >
            {t("invitees.inviteFamily")}
          </Button>
          <ProblemAlert error={invite.error} />
        </>
      )}
    </Stack>
  );
}
