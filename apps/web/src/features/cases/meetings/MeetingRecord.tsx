import type { MeetingDetail } from "@kring/contracts";
import { Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../shared/case-labels";
import { MinutesText, NoteBlock, NoteText } from "./MinutesText";
import { useMeetingsTexts } from "./meetings-texts";

interface MeetingRecordProps {
  meeting: MeetingDetail;
  /** The heading above the notes; a held meeting says they are as written at the meeting. */
  title?: string;
  titleId?: string;
}

/** The notes as read by the network members who do not keep them, and of a held meeting. */
export function MeetingRecord({ meeting, title, titleId }: MeetingRecordProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const labels = useCaseLabels();
  // Under a heading of its own, the agenda is one level down.
  const level = title ? 4 : 3;
  const agenda = meeting.agenda.map((item) => (
    <NoteBlock
      key={item.key}
      title={labels.agendaItem(meeting.kind, item.key, item.title)}
      level={level}
    >
      <NoteText value={item.notes} />
    </NoteBlock>
  ));
  return (
    <>
      <Title order={2} size="h4" mb="sm" id={titleId}>
        {title ?? t("notes.agenda")}
      </Title>
      <MinutesText
        minutes={meeting.minutes}
        decisions={meeting.decisions}
        childVoice={meeting.childVoice}
        level={3}
        before={
          title ? (
            <>
              <Title order={3} size="h5">
                {t("notes.agenda")}
              </Title>
              {agenda}
            </>
          ) : (
            agenda
          )
        }
      />
    </>
  );
}
