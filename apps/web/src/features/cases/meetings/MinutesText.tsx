import { List, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMeetingsTexts } from "./meetings-texts";

interface MinutesTextProps {
  minutes: string | null;
  decisions: string[];
  childVoice: string | null;
  /** Other blocks before the minutes, e.g. the agenda's notes. */
  before?: ReactNode;
  level?: 3 | 4;
}

/** Minutes, decisions and the child's own words, read-only: as held or as corrected. */
export function MinutesText({
  minutes,
  decisions,
  childVoice,
  before,
  level = 3,
}: MinutesTextProps) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  return (
    <Stack gap="sm">
      {before}
      <NoteBlock title={t("notes.minutes")} level={level}>
        <NoteText value={minutes} />
      </NoteBlock>
      <NoteBlock title={t("notes.decisions")} level={level}>
        {decisions.length ? (
          <List size="sm">
            {decisions.map((d, i) => (
              <List.Item key={i}>{d}</List.Item>
            ))}
          </List>
        ) : (
          <NoteText value={null} />
        )}
      </NoteBlock>
      <NoteBlock title={t("notes.childVoice")} level={level}>
        <NoteText value={childVoice} />
      </NoteBlock>
    </Stack>
  );
}

export function NoteBlock(props: { title: string; level: 3 | 4; children: ReactNode }) {
  return (
    <div>
      <Title order={props.level} size="h5">
        {props.title}
      </Title>
      {props.children}
    </div>
  );
}

export function NoteText({ value }: { value: string | null }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  return (
    <Text size="sm" style={{ whiteSpace: "pre-line" }}>
      {value || t("notes.empty")}
    </Text>
  );
}
