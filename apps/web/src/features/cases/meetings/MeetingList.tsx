import type { CaseDetail } from "@kring/contracts";
import { Button, Group, Stack, Text } from "@mantine/core";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../shared/case-labels";
import { useFormat } from "../shared/format";
import { MeetingStatusBadge } from "./MeetingStatusBadge";
import { PlanMeetingDialog } from "./PlanMeetingDialog";
import { AnchorLink } from "../shared/links";
import { useMeetingsTexts } from "./meetings-texts";

/** The case's meetings in time order; coordinators plan new ones here. */
export function MeetingList({ detail, mayPlan }: { detail: CaseDetail; mayPlan: boolean }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const labels = useCaseLabels();
  const format = useFormat();
  const [planning, setPlanning] = useState(false);
  const nextKind =
    detail.allowedEvents.find((e) => e.type === "hold_meeting")?.meetingKinds?.[0] ?? "follow_up";
  return (
    <Stack gap="sm">
      {detail.meetings.length === 0 && <Text size="sm">{t("list.none")}</Text>}
      <Stack component="ul" gap="xs" className="plain-list">
        {detail.meetings.map((m) => (
          <Group component="li" key={m.id} justify="space-between" wrap="wrap" gap={6}>
            <div>
              <AnchorLink
                to="/cases/$caseId/meetings/$meetingId"
                params={{ caseId: detail.id, meetingId: m.id }}
                fw={600}
                size="sm"
              >
                {labels.meetingKind(m.kind)}
              </AnchorLink>
              <Text size="sm">
                {format.dateTime(m.startsAt)}
                {m.place && `, ${m.place}`}
                {m.videoLink && `, ${t("list.video")}`}
              </Text>
            </div>
            <MeetingStatusBadge status={m.status} />
          </Group>
        ))}
      </Stack>
      {mayPlan && (
        <Button variant="default" w="fit-content" onClick={() => setPlanning(true)}>
          {t("list.plan")}
        </Button>
      )}
      {planning && (
        <PlanMeetingDialog detail={detail} kind={nextKind} onClose={() => setPlanning(false)} />
      )}
    </Stack>
  );
}
