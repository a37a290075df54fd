import type { AdminUser } from "@kring/contracts";
import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { PasswordField } from "../../../platform/forms/PasswordField";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import type { CreateUserInput } from "../admin-types";
import { useCreateUser } from "./users.api";

const USER_KINDS = ["professional", "guardian", "child"] as const;

interface CreateUserModalProps {
  onClose: () => void;
  onCreated: (user: AdminUser) => void;
}

export function CreateUserModal({ onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation(["admin", "common"]);
  const announce = useAnnounce();
  const create = useCreateUser();
  const form = useFormValues({
    displayName: "",
    username: "",
    email: "",
    kind: "professional",
    password: "",
  });
  const { formRef, errorFor } = useFieldErrors(
    create.error,
    t("admin:userForm.hints", { returnObjects: true }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { email, kind, ...rest } = form.values;
    const input: CreateUserInput = {
      ...rest,
      email: email.trim() || null,
      kind: kind as CreateUserInput["kind"],
    };
    create.mutate(input, {
      onSuccess: (user) => {
        announce(t("admin:userForm.created", { name: user.displayName }));
        onCreated(user);
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("admin:userForm.title")}
      closeButtonProps={{ "aria-label": t("common:close") }}
    >
      <ProblemAlert error={create.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("admin:userForm.displayName")}
            required
            autoComplete="off"
            error={errorFor("displayName")}
            {...form.bind("displayName")}
          />
          <TextInput
            label={t("admin:userForm.username")}
            description={t("admin:userForm.usernameHint")}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            error={errorFor("username")}
            {...form.bind("username")}
          />
          <TextInput
            type="email"
            label={`${t("admin:userForm.email")} (${t("common:optional")})`}
            autoComplete="off"
            error={errorFor("email")}
            {...form.bind("email")}
          />
          <NativeSelect
            label={t("admin:userForm.kind")}
            data={USER_KINDS.map((k) => ({ value: k, label: t(`common:userKinds.${k}`) }))}
            {...form.bind("kind")}
          />
          <PasswordField
            label={t("admin:userForm.password")}
            description={t("admin:userForm.passwordHint")}
            required
            autoComplete="new-password"
            error={errorFor("password")}
            {...form.bind("password")}
          />
        </Stack>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common:cancel")}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t("admin:userForm.submit")}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
