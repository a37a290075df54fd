import { Anchor, Button, Card, Group, Loader, Stack, Text, VisuallyHidden } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../platform/ui/announcer";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useFormat } from "../cases/shared/format";
import { type NotificationView, useMarkRead, useNotifications } from "./notifications.api";

/** Notiser: what is new for me, newest first; read ones stay, marked as read. */
export function NotificationsPage() {
  const { t } = useTranslation(["notifications", "common"]);
  const list = useNotifications();
  const markRead = useMarkRead();
  const announce = useAnnounce();
  return (
    <Stack gap="md">
      <PageTitle>{t("page.title")}</PageTitle>
      <Text maw={720}>{t("page.intro")}</Text>
      <Group gap="sm">
        <Anchor component={Link} to="/notifications/settings">
          {t("page.settings")}
        </Anchor>
        {(list.data?.unread ?? 0) > 0 && (
          <Button
            variant="default"
            loading={markRead.isPending}
            onClick={() =>
              markRead.mutate(undefined, { onSuccess: () => announce(t("page.allRead")) })
            }
          >
            {t("page.markAllRead")}
          </Button>
        )}
      </Group>
      <ProblemAlert error={markRead.error} />
      {list.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text>{t("page.none")}</Text>
      ) : (
        <Stack component="ul" gap="xs" className="plain-list" aria-label={t("page.title")}>
          {list.data.items.map((n) => (
            <NotificationCard key={n.id} notification={n} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function NotificationCard({ notification: n }: { notification: NotificationView }) {
  const { t } = useTranslation("notifications");
  const format = useFormat();
  const markRead = useMarkRead();
  const announce = useAnnounce();
  return (
    <Card component="li" withBorder padding="sm" data-unread={!n.read || undefined}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Text fw={n.read ? 400 : 700}>
            {!n.read && <VisuallyHidden>{`${t("page.unread")}: `}</VisuallyHidden>}
            {t(`kinds.${n.kind}`)}
          </Text>
          <Text size="sm">
            {format.dateTime(n.createdAt)}
            {n.dueDate ? ` · ${t("page.due", { date: format.date(n.dueDate) })}` : ""}
          </Text>
        </div>
        <Group gap="xs">
          <Button component="a" href={n.link} size="xs" variant="light">
            {t("page.open")}
          </Button>
          {!n.read && (
            <Button
              size="xs"
              variant="default"
              loading={markRead.isPending}
              onClick={() =>
                markRead.mutate([n.id], { onSuccess: () => announce(t("page.markedRead")) })
              }
            >
              {t("page.markRead")}
            </Button>
          )}
        </Group>
      </Group>
    </Card>
  );
}
