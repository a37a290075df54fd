import type { AdminUser } from "@kring/contracts";
import { Alert, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSessionUser } from "../../../platform/session/session-user";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import type { UpdateUserInput } from "../admin-types";
import { useUpdateUser } from "./users.api";

interface AccountStatusProps {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
}

/** Deactivate or activate the account, and unlock it after too many failed logins. */
export function AccountStatus({ user, onChanged }: AccountStatusProps) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const me = useSessionUser();
  const update = useUpdateUser(user.id);
  const change = (input: UpdateUserInput, message: string) =>
    update.mutate(input, {
      onSuccess: (updated) => {
        announce(t(message as "userDetail.activated", { name: updated.displayName }));
        onChanged(updated);
      },
    });

  return (
    <>
      <ProblemAlert error={update.error} />
      {user.locked && (
        <Alert color="red" variant="light" mb="sm">
          <Group justify="space-between">
            <Text size="sm">{t("userDetail.locked")}</Text>
            <Button size="xs" onClick={() => change({ unlock: true }, "userDetail.unlocked")}>
              {t("userDetail.unlock")}
            </Button>
          </Group>
        </Alert>
      )}
      {user.id === me.id ? (
        <Text size="sm">{t("userDetail.ownAccount")}</Text>
      ) : user.active ? (
        <>
          <Text size="sm" mb="xs">
            {t("userDetail.deactivateHint")}
          </Text>
          <Button
            variant="outline"
            color="red.9"
            loading={update.isPending}
            onClick={() => change({ active: false }, "userDetail.deactivated")}
          >
            {t("userDetail.deactivate")}
          </Button>
        </>
      ) : (
        <Button
          loading={update.isPending}
          onClick={() => change({ active: true }, "userDetail.activated")}
        >
          {t("userDetail.activate")}
        </Button>
      )}
    </>
  );
}
