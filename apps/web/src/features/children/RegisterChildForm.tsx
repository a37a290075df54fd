import type { ChildSummary } from "@kring/contracts";
import { Button, Card, Group, Stack, TextInput, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../platform/forms/field-errors";
import { useFormValues } from "../../platform/forms/use-form-values";
import { useAnnounce } from "../../platform/ui/announcer";
import { ProblemAlert } from "../../platform/ui/ProblemAlert";
import { useRegisterChild } from "./children.api";

interface RegisterChildFormProps {
  onRegistered: (child: ChildSummary) => void;
  onCancel: () => void;
}

export function RegisterChildForm({ onRegistered, onCancel }: RegisterChildFormProps) {
  const { t } = useTranslation(["children", "common"]);
  const announce = useAnnounce();
  const register = useRegisterChild();
  const form = useFormValues({ personalNumber: "", givenName: "", familyName: "" });
  const { formRef, errorFor } = useFieldErrors(
    register.error,
    t("children:register.hints", { returnObjects: true }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(form.values, {
      onSuccess: (child) => {
        announce(t("children:register.done", { name: `${child.givenName} ${child.familyName}` }));
        onRegistered(child);
      },
    });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="register-child-title">
      <Title order={3} size="h5" id="register-child-title" mb="xs">
        {t("children:register.title")}
      </Title>
      <ProblemAlert error={register.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("children:register.personalNumber")}
            description={t("children:register.personalNumberHint")}
            required
            autoComplete="off"
            inputMode="numeric"
            error={errorFor("personalNumber")}
            {...form.bind("personalNumber")}
          />
          <TextInput
            label={t("children:register.givenName")}
            required
            autoComplete="off"
            error={errorFor("givenName")}
            {...form.bind("givenName")}
          />
          <TextInput
            label={t("children:register.familyName")}
            required
            autoComplete="off"
            error={errorFor("familyName")}
            {...form.bind("familyName")}
          />
        </Stack>
        <Group mt="md" gap="xs">
          <Button type="submit" loading={register.isPending}>
            {t("children:register.submit")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common:cancel")}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
