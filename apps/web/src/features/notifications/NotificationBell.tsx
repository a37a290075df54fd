import { Anchor, Badge, Group } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUnreadCount } from "./notifications.api";

/** The bell in the header: a link to Notiser that says how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation("notifications");
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Anchor
      component={Link}
      to="/notifications"
      size="sm"
      aria-label={unread > 0 ? t("bell.unread", { count: unread }) : t("bell.label")}
      data-testid="notification-bell"
    >
      <Group gap={4} wrap="nowrap" component="span">
        <span aria-hidden="true">🔔</span>
        <span>{t("bell.label")}</span>
        {unread > 0 && (
          <Badge color="red.9" size="sm" circle={unread < 10} aria-hidden="true">
            {unread}
          </Badge>
        )}
      </Group>
    </Anchor>
  );
}
