import type { StructureResponse } from "@kring/contracts";
import { Button, Card, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCreateArea } from "./structure.api";

export function AreaForm({ structure }: { structure: StructureResponse }) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const create = useCreateArea();
  const form = useFormValues({ organisationId: structure.organisations[0]?.id ?? "", name: "" });
  const { formRef, errorFor } = useFieldErrors(
    create.error,
    t("areaForm.hints", { returnObjects: true }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form.values, {
      onSuccess: () => {
        announce(t("areaForm.created", { name: form.values.name.trim() }));
        form.set("name", "");
      },
    });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="add-area-title">
      <Title order={3} size="h4" id="add-area-title" mb="sm">
        {t("areaForm.title")}
      </Title>
      <ProblemAlert error={create.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t("areaForm.organisation")}
            required
            data={structure.organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={errorFor("organisationId")}
            {...form.bind("organisationId")}
          />
          <TextInput
            label={t("areaForm.name")}
            required
            error={errorFor("name")}
            {...form.bind("name")}
          />
        </Stack>
        <Button type="submit" mt="md" loading={create.isPending}>
          {t("areaForm.submit")}
        </Button>
      </form>
    </Card>
  );
}
