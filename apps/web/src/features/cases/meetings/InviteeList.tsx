import type { MeetingDetail } from "@kring/contracts";
import { Anchor, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { invitationUrl } from "../api/meetings.api";

/** Who is invited, each with their own calendar invitation to download and send on. */
export function InviteeList({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation("meetings");
  if (meeting.invitees.length === 0) return <Text size="sm">{t("invitees.none")}</Text>;
  return (
    <Stack component="ul" gap={6} className="plain-list">
      {meeting.invitees.map((i) => (
        <Group component="li" key={i.memberId} justify="space-between" wrap="wrap" gap="xs">
          <Text size="sm">
            {i.displayName}
            {i.email && <Text span c="dimmed">{` (${i.email})`}</Text>}
          </Text>
          <Anchor
            size="sm"
            href={invitationUrl(meeting.caseId, meeting.id, i.memberId)}
            download
            aria-label={t("invitees.icsLabel", { name: i.displayName })}
          >
            {t("invitees.ics")}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
