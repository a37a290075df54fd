import type { AdminUser } from "@kring/contracts";
import { Button, Group, Loader, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { useIsPhone } from "../../../platform/ui/use-is-phone";
import { CreateUserModal } from "./CreateUserModal";
import { UserCards } from "./UserCards";
import { UserDetailModal } from "./UserDetailModal";
import { UserSearchForm } from "./UserSearchForm";
import { UsersTable } from "./UsersTable";
import { useUsers } from "./users.api";

/** Find users, create them, give them roles in units, and (de)activate or unlock accounts. */
export function UsersPage() {
  const { t } = useTranslation(["admin", "common"]);
  useDocumentTitle(t("admin:sections.users"), t("admin:title"));
  const [q, setQ] = useState("");
  const users = useUsers(q);
  const isPhone = useIsPhone();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<AdminUser | null>(null);

  return (
    <section aria-labelledby="users-title">
      <Group justify="space-between" align="flex-end" mb="md">
        <Title order={2} id="users-title">
          {t("admin:sections.users")}
        </Title>
        <Button onClick={() => setCreating(true)}>{t("admin:users.create")}</Button>
      </Group>
      <UserSearchForm onSearch={setQ} />
      {users.isPending ? (
        <Loader mt="md" aria-label={t("common:loading")} />
      ) : users.isError ? (
        <ProblemAlert error={users.error} />
      ) : (
        <>
          <Text size="sm" c="dimmed" my="sm" aria-live="polite">
            {users.data.users.length === 0
              ? t("admin:users.noResults")
              : t("admin:users.count", { count: users.data.users.length })}
          </Text>
          {users.data.users.length === 0 ? null : isPhone ? (
            <UserCards users={users.data.users} onManage={setSelected} />
          ) : (
            <UsersTable users={users.data.users} onManage={setSelected} />
          )}
        </>
      )}
      {creating && (
        <CreateUserModal
          onClose={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setSelected(user);
          }}
        />
      )}
      {selected && (
        <UserDetailModal
          user={selected}
          onChanged={setSelected}
          onClose={() => setSelected(null)}
        />
      )}
    </section>
  );
}
