import type { SessionUser } from "@kring/contracts";
import { Anchor, Group } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../../platform/i18n/LanguageSwitch";
import { LogoutButton } from "../auth/LogoutButton";
import { NotificationBell } from "../notifications/NotificationBell";
import { UserSummary } from "./UserSummary";

/** The signed-in user, the language switch and log out: in the header, or the menu on phones. */
export function AccountActions({ user }: { user: SessionUser }) {
  const { t } = useTranslation("account");
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <UserSummary user={user} />
      <Group gap="xs" wrap="nowrap">
        <NotificationBell />
        <Anchor component={Link} to="/account" size="sm">
          {t("page.title")}
        </Anchor>
        <LanguageSwitch />
        <LogoutButton />
      </Group>
    </Group>
  );
}
