import type { FamilyView } from "@kring/contracts";
import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { MEETING_KIND_LABELS, type MeetingKind } from "@kring/domain/cases";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { familyInvitationUrl } from "./family.api";
import { useFamilyFormat } from "./family-format";

/**
 * The meetings the reader is invited to, each with their own calendar invitation: a moved meeting
 * says so, a cancelled one says why (the invitation then removes it from the calendar).
 */
export function FamilyMeetings({ view }: { view: FamilyView }) {
  const { t } = useTranslation("family");
  const f = useFamilyFormat();
  const language = useLanguage();
  if (view.meetings.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="invited-meetings">
      <Title order={2} size="h3" id="invited-meetings" mb="xs">
        {t("meetings.title")}
      </Title>
      <Stack component="ul" gap="sm" className="plain-list">
        {view.meetings.map((m) => {
          const when = `${f.dateTime(m.startsAt)}–${f.time(m.endsAt)}`;
          const cancelled = m.status === "cancelled";
          return (
            <li key={m.id}>
              <Group gap="xs">
                <Text fw={600} td={cancelled ? "line-through" : undefined}>
                  {MEETING_KIND_LABELS[m.kind as MeetingKind]?.[language] ?? t("meetings.meeting")}:{" "}
                  {when}
                </Text>
                {cancelled && (
                  <Badge color="gray.7" variant="outline" tt="none" radius="sm">
                    {t("meetings.cancelled")}
                  </Badge>
                )}
                {!cancelled && m.moved && (
                  <Badge color="kring.8" variant="outline" tt="none" radius="sm">
                    {t("meetings.moved")}
                  </Badge>
                )}
              </Group>
              {!cancelled && <Text>{m.place ?? (m.digital ? t("digital") : "")}</Text>}
              {cancelled && m.cancelReason && (
                <Text>{t("meetings.reason", { reason: m.cancelReason })}</Text>
              )}
              <Anchor
                href={familyInvitationUrl(view.child.id, m.id)}
                download
                size="sm"
                aria-label={`${cancelled ? t("meetings.cancellation") : t("meetings.invitation")}: ${when}`}
              >
                {cancelled ? t("meetings.cancellation") : t("meetings.invitation")}
              </Anchor>
            </li>
          );
        })}
      </Stack>
    </Card>
  );
}
