import { ORGANISATION_KINDS, type OrganisationKind } from "@kring/domain";
import { Button, Card, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCreateOrganisation } from "./structure.api";

export function OrganisationForm() {
  const { t } = useTranslation(["admin", "common"]);
  const announce = useAnnounce();
  const create = useCreateOrganisation();
  const form = useFormValues({ name: "", kind: "municipality" });
  const { formRef, errorFor } = useFieldErrors(
    create.error,
    t("admin:organisationForm.hints", { returnObjects: true }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name: form.values.name, kind: form.values.kind as OrganisationKind };
    create.mutate(input, {
      onSuccess: () => {
        announce(t("admin:organisationForm.created", { name: input.name.trim() }));
        form.reset();
      },
    });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="add-org-title">
      <Title order={3} size="h4" id="add-org-title" mb="sm">
        {t("admin:organisationForm.title")}
      </Title>
      <ProblemAlert error={create.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("admin:organisationForm.name")}
            required
            error={errorFor("name")}
            {...form.bind("name")}
          />
          <NativeSelect
            label={t("admin:organisationForm.kind")}
            required
            data={ORGANISATION_KINDS.map((k) => ({
              value: k,
              label: t(`common:organisationKinds.${k}`),
            }))}
            error={errorFor("kind")}
            {...form.bind("kind")}
          />
        </Stack>
        <Button type="submit" mt="md" loading={create.isPending}>
          {t("admin:organisationForm.submit")}
        </Button>
      </form>
    </Card>
  );
}
