import { Button, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { PasswordField } from "../../platform/forms/PasswordField";
import { useFormValues } from "../../platform/forms/use-form-values";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useChangePassword } from "./account.api";

/** The current password, then a new one that follows the rules (the server checks them). */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation("account");
  const change = useChangePassword();
  const form = useFormValues({ currentPassword: "", newPassword: "" });
  const { formRef, errorFor } = useFieldErrors(change.error, {
    currentPassword: t("password.hints.currentPassword"),
    newPassword: t("password.hints.newPassword"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Not mutate's own onSuccess, which TanStack Query drops for an unmounted caller: on the
    // sign-in step page the refreshed session owes no step any more, and this form goes away.
    change.mutateAsync(form.values).then(
      () => {
        form.reset();
        onChanged();
      },
      () => undefined, // shown from change.error
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <ProblemAlert error={change.error} />
      <Stack gap="md" maw={420}>
        <PasswordField
          label={t("password.current")}
          autoComplete="current-password"
          required
          error={errorFor("currentPassword")}
          {...form.bind("currentPassword")}
        />
        <PasswordField
          label={t("password.new")}
          description={t("password.rules")}
          autoComplete="new-password"
          required
          error={errorFor("newPassword")}
          {...form.bind("newPassword")}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: "flex-start" }}>
          {t("password.submit")}
        </Button>
      </Stack>
    </form>
  );
}
