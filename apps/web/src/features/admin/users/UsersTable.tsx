import type { AdminUser } from "@kring/contracts";
import { Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../../platform/i18n/use-labels";
import { UserStatusBadge } from "./UserStatusBadge";

interface UsersTableProps {
  users: AdminUser[];
  onManage: (user: AdminUser) => void;
}

export function UsersTable({ users, onManage }: UsersTableProps) {
  const { t } = useTranslation("admin");
  const labels = useLabels();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("users.columns.name")}</Table.Th>
            <Table.Th scope="col">{t("users.columns.username")}</Table.Th>
            <Table.Th scope="col">{t("users.columns.roles")}</Table.Th>
            <Table.Th scope="col">{t("users.columns.status")}</Table.Th>
            <Table.Th scope="col">{t("users.columns.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={600}>
                {user.displayName}
              </Table.Th>
              <Table.Td>{user.username}</Table.Td>
              <Table.Td>
                {user.memberships.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("users.noRoles")}
                  </Text>
                ) : (
                  user.memberships.map((m) => (
                    <Text size="sm" key={m.id}>
                      {t("users.roleInUnit", { role: labels.role(m.role), unit: m.unitName })}
                    </Text>
                  ))
                )}
              </Table.Td>
              <Table.Td miw={110}>
                <UserStatusBadge user={user} />
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t("users.manageLabel", { name: user.displayName })}
                  onClick={() => onManage(user)}
                >
                  {t("users.manage")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
