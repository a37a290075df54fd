import { Anchor, Badge, Group, VisuallyHidden } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUnreadCount } from "./notifications.api";

/**
 * The bell in the header: a link to Notiser with the number unread. Its name is its visible
 * text ("Notiser 3"), with "olästa" added for screen readers only.
 */
export function NotificationBell() {
  const { t } = useTranslation("notifications");
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Anchor component={Link} to="/notifications" size="sm">
      <Group gap={4} wrap="nowrap" component="span">
        <span aria-hidden="true">🔔</span>
        <span>{t("bell.label")}</span>
        {unread > 0 && (
          <Badge color="red.9" size="sm" component="span">
            {unread}
            <VisuallyHidden>{t("bell.unread", { count: unread })}</VisuallyHidden>
          </Badge>
        )}
      </Group>
    </Anchor>
  );
}
