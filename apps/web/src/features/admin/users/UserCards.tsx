import type { AdminUser } from "@kring/contracts";
import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { UserStatusBadge } from "./UserStatusBadge";

interface UserCardsProps {
  users: AdminUser[];
  onManage: (user: AdminUser) => void;
}

/** The users as a list of cards, for narrow screens. */
export function UserCards({ users, onManage }: UserCardsProps) {
  const { t } = useTranslation("admin");
  const labels = useLabels();
  return (
    <Stack component="ul" gap="xs" className="plain-list">
      {users.map((user) => (
        <Card component="li" key={user.id} withBorder radius="md" padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" mb={4}>
            <div>
              <Text fw={700}>{user.displayName}</Text>
              <Text size="sm" c="dimmed">
                {user.username}
              </Text>
            </div>
            <UserStatusBadge user={user} />
          </Group>
          {user.memberships.length === 0 ? (
            <Text size="sm">{t("users.noRoles")}</Text>
          ) : (
            user.memberships.map((m) => (
              <Text size="sm" key={m.id}>
                {t("users.roleInUnit", { role: labels.role(m.role), unit: m.unitName })}
              </Text>
            ))
          )}
          <Button
            size="xs"
            variant="default"
            mt="xs"
            aria-label={t("users.manageLabel", { name: user.displayName })}
            onClick={() => onManage(user)}
          >
            {t("users.manage")}
          </Button>
        </Card>
      ))}
    </Stack>
  );
}
