import type { MeetingDetail } from "@kring/contracts";
import { Anchor, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../shared/format";
import { MeetingStatusBadge } from "./MeetingStatusBadge";
import { useMeetingsTexts } from "./meetings-texts";

/** When and where the meeting is, and whether it has been held. */
export function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const format = useFormat();
  const fact = (label: string, value: ReactNode) => (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" style={{ overflowWrap: "anywhere" }}>
        {value}
      </Text>
    </div>
  );
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" my={0}>
      {fact(
        t("facts.when"),
        `${format.dateTime(meeting.startsAt)}–${format.time(meeting.endsAt)}${
          meeting.movedAt ? ` (${t("facts.moved", { date: format.date(meeting.movedAt) })})` : ""
        }`,
      )}
      {fact(t("facts.place"), meeting.place ?? t("facts.noPlace"))}
      {fact(
        t("facts.video"),
        meeting.videoLink ? (
          <Anchor href={meeting.videoLink} target="_blank" rel="noopener noreferrer">
            {meeting.videoLink}
          </Anchor>
        ) : (
          t("facts.noVideo")
        ),
      )}
      {fact(t("facts.status"), <MeetingStatusBadge status={meeting.status} />)}
    </SimpleGrid>
  );
}
