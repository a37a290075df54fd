import type { SessionUser } from "@kring/contracts";
import { Group } from "@mantine/core";
import { LanguageSwitch } from "../../platform/i18n/LanguageSwitch";
import { LogoutButton } from "../auth/LogoutButton";
import { UserSummary } from "./UserSummary";

/** The signed-in user, the language switch and log out: in the header, or the menu on phones. */
export function AccountActions({ user }: { user: SessionUser }) {
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <UserSummary user={user} />
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitch />
        <LogoutButton />
      </Group>
    </Group>
  );
}
