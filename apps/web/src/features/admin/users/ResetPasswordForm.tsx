import type { AdminUser } from "@kring/contracts";
import { Button, Group, Stack, Text } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { PasswordField } from "../../../platform/forms/PasswordField";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useResetPassword } from "./users.api";

/** A temporary password for someone who forgot theirs; they choose their own at next sign-in. */
export function ResetPasswordForm({
  user,
  onChanged,
}: {
  user: AdminUser;
  onChanged: (user: AdminUser) => void;
}) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const reset = useResetPassword(user.id);
  const [password, setPassword] = useState("");
  const { formRef, errorFor } = useFieldErrors(reset.error, {
    password: t("resetPassword.hint"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { password },
      {
        onSuccess: (updated) => {
          setPassword("");
          announce(t("resetPassword.done", { name: updated.displayName }));
          onChanged(updated);
        },
      },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <ProblemAlert error={reset.error} />
      <Stack gap="xs">
        {user.mustChangePassword && <Text size="sm">{t("resetPassword.pending")}</Text>}
        <Group align="flex-end" gap="sm">
          <PasswordField
            label={t("resetPassword.label")}
            description={t("resetPassword.description")}
            autoComplete="new-password"
            error={errorFor("password")}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" variant="outline" loading={reset.isPending}>
            {t("resetPassword.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
