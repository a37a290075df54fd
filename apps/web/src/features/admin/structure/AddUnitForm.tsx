import type { StructureResponse } from "@kring/contracts";
import { Button, Card, Title } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFieldErrors } from "../../../platform/forms/field-errors";
import { useFormValues } from "../../../platform/forms/use-form-values";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useCreateUnit } from "./structure.api";
import { UnitFields, unitInput, type UnitValues } from "./UnitFields";

export function AddUnitForm({ structure }: { structure: StructureResponse }) {
  const { t } = useTranslation("admin");
  const announce = useAnnounce();
  const create = useCreateUnit();
  const initial: UnitValues = {
    name: "",
    kind: "",
    organisationId: structure.organisations[0]?.id ?? "",
    areaId: "",
  };
  const form = useFormValues(initial);
  const { formRef, errorFor } = useFieldErrors(
    create.error,
    t("unitForm.hints", { returnObjects: true }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(unitInput(form.values), {
      onSuccess: () => {
        announce(t("unitForm.created", { name: form.values.name.trim() }));
        form.reset();
      },
    });
  };

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="add-unit-title">
      <Title order={3} size="h4" id="add-unit-title" mb="sm">
        {t("unitForm.addTitle")}
      </Title>
      <ProblemAlert error={create.error} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <UnitFields structure={structure} form={form} errorFor={errorFor} idPrefix="add-unit" />
        <Button type="submit" mt="md" loading={create.isPending}>
          {t("unitForm.submitAdd")}
        </Button>
      </form>
    </Card>
  );
}
