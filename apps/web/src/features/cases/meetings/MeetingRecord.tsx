import type { MeetingDetail } from "@kring/contracts";
import { List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../shared/case-labels";

/** The notes as read by the network members who do not keep them. */
export function MeetingRecord({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation("meetings");
  const labels = useCaseLabels();
  const block = (title: string, body: ReactNode) => (
    <div>
      <Title order={3} size="h5">
        {title}
      </Title>
      {body}
    </div>
  );
  const text = (value: string | null) => (
    <Text size="sm" style={{ whiteSpace: "pre-line" }}>
      {value || t("notes.empty")}
    </Text>
  );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t("notes.agenda")}
      </Title>
      {meeting.agenda.map((item) => (
        <div key={item.key}>
          {block(labels.agendaItem(meeting.kind, item.key, item.title), text(item.notes))}
        </div>
      ))}
      {block(t("notes.minutes"), text(meeting.minutes))}
      {block(
        t("notes.decisions"),
        meeting.decisions.length ? (
          <List size="sm">
            {meeting.decisions.map((d, i) => (
              <List.Item key={i}>{d}</List.Item>
            ))}
          </List>
        ) : (
          text(null)
        ),
      )}
      {block(t("notes.childVoice"), text(meeting.childVoice))}
    </Stack>
  );
}
