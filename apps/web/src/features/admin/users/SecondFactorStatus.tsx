import type { AdminUser } from "@kring/contracts";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useRemoveSecondFactor } from "./users.api";

interface SecondFactorStatusProps {
  user: AdminUser;
  isSelf: boolean;
  onChanged: (user: AdminUser) => void;
}

/**
 * Whether the user signs in with an app code, and, for someone who lost both the phone and the
 * recovery codes, removing it so that they add a new app at the next sign-in (ADR 0014). Never
 * one's own: another administrator does that.
 */
export function SecondFactorStatus({ user, isSelf, onChanged }: SecondFactorStatusProps) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const remove = useRemoveSecondFactor(user.id);
  const [confirming, setConfirming] = useState(false);
  const state = user.secondFactor ? "on" : user.mustEnrolSecondFactor ? "pending" : "off";
  const confirm = () =>
    // The confirmation goes away with the factor; the result is announced whatever is shown then.
    remove.mutateAsync().then(
      (updated) => {
        setConfirming(false);
        announce(t("secondFactor.done", { name: updated.displayName }));
        onChanged(updated);
      },
      () => undefined, // shown by ProblemAlert
    );
  return (
    <Stack gap="xs">
      <ProblemAlert error={remove.error} />
      <Text size="sm">{t(`secondFactor.${state}`)}</Text>
      {user.secondFactor && isSelf && <Text size="sm">{t("secondFactor.own")}</Text>}
      {user.secondFactor && !isSelf && !confirming && (
        <Group>
          <Button variant="outline" color="red.9" onClick={() => setConfirming(true)}>
            {t("secondFactor.remove")}
          </Button>
        </Group>
      )}
      {user.secondFactor && !isSelf && confirming && (
        <>
          <Text size="sm">{t("secondFactor.confirmText")}</Text>
          <Group>
            <Button color="red.9" loading={remove.isPending} onClick={confirm}>
              {t("secondFactor.confirm")}
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("secondFactor.cancel")}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
