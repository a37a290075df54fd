import { Card, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { type Notice, useMarkNotified, useNotices } from "./attendance.api";
import { DoneWithNote } from "./DoneWithNote";
import { useAttendanceTexts } from "./attendance-texts";

/** The mentor's list of unexcused absence that the guardians must hear about the same day. */
export function NoticeList() {
  useAttendanceTexts();
  const { t } = useTranslation(["attendance", "common"]);
  const query = useNotices();
  return (
    <section aria-labelledby="notices-heading">
      <Title order={2} size="h3" id="notices-heading" mb="xs">
        {t("attendance:notices.heading")}
      </Title>
      <Text size="sm" mb="sm">
        {t("attendance:notices.intro")}
      </Text>
      {query.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : query.isError ? (
        <ProblemAlert error={query.error} />
      ) : query.data.notices.length === 0 ? (
        <Text mb="lg">{t("attendance:notices.empty")}</Text>
      ) : (
        <Stack component="ul" className="plain-list" gap="sm" mb="lg">
          {query.data.notices.map((n) => (
            <NoticeCard key={`${n.childId}-${n.date}`} notice={n} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  useAttendanceTexts();
  const { t } = useTranslation("attendance");
  const mark = useMarkNotified();
  const announce = useAnnounce();
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={700}>
            {notice.childName}, {notice.date}
          </Text>
          <Text size="sm">{t("notices.minutes", { count: notice.invalidMinutes })}</Text>
          {notice.guardians.map((g) => (
            <Text size="sm" key={g.name}>
              {g.phone ? (
                <a
                  href={`tel:${g.phone}`}
                >{`${t("notices.call", { name: g.name })}: ${g.phone}`}</a>
              ) : (
                t("notices.noPhone", { name: g.name })
              )}
            </Text>
          ))}
        </div>
        {notice.notifiedAt ? (
          <Text size="sm" fw={700}>
            {t("notices.notified")}
          </Text>
        ) : (
          <DoneWithNote
            label={t("notices.mark")}
            ariaLabel={t("notices.markFor", { name: notice.childName, date: notice.date })}
            pending={mark.isPending}
            onDone={(note) =>
              mark.mutate(
                { childId: notice.childId, date: notice.date, note },
                { onSuccess: () => announce(t("notices.announced")) },
              )
            }
          />
        )}
      </Group>
      {notice.note && <Text size="sm">{t("notices.note", { note: notice.note })}</Text>}
      {mark.isError && <ProblemAlert error={mark.error} />}
    </Card>
  );
}
