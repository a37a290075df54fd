import type { MeetingDetail } from "@kring/contracts";
import { Button, Card, Stack, Title } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../shared/format";
import { CorrectMinutesForm } from "./CorrectMinutesForm";
import { MeetingRecord } from "./MeetingRecord";
import { MinutesText } from "./MinutesText";
import { useMeetingsTexts } from "./meetings-texts";

interface HeldMinutesProps {
  meeting: MeetingDetail;
  /** Coordinators of a case that is not read-only; the server still decides. */
  mayCorrect: boolean;
}

/**
 * The minutes of a held meeting stay as written at the meeting (ADR 0018); each correction
 * shows beside them with when, by whom and why.
 */
export function HeldMinutes({ meeting, mayCorrect }: HeldMinutesProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  const format = useFormat();
  const [correcting, setCorrecting] = useState(false);
  const id = useId();
  return (
    <Stack gap="lg">
      <Card component="section" aria-labelledby={`${id}-held`} withBorder padding="md">
        <MeetingRecord meeting={meeting} title={t("held.asHeld")} titleId={`${id}-held`} />
      </Card>
      {meeting.corrections.map((c) => (
        <Card
          key={c.id}
          component="section"
          aria-labelledby={`${id}-${c.id}`}
          withBorder
          padding="md"
        >
          <Title order={2} size="h4" mb="sm" id={`${id}-${c.id}`}>
            {t("held.correctedBy", {
              date: format.date(c.correctedAt),
              name: c.correctedBy,
              reason: c.reason,
            })}
          </Title>
          <MinutesText minutes={c.minutes} decisions={c.decisions} childVoice={c.childVoice} />
        </Card>
      ))}
      {mayCorrect &&
        (correcting ? (
          <Card withBorder padding="md">
            <CorrectMinutesForm meeting={meeting} onDone={() => setCorrecting(false)} />
          </Card>
        ) : (
          <Button variant="default" w="fit-content" onClick={() => setCorrecting(true)}>
            {t("held.correct")}
          </Button>
        ))}
    </Stack>
  );
}
