import type { StructureResponse } from "@kring/contracts";
import { UNIT_KINDS } from "@kring/domain";
import { NativeSelect, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { useFormValues } from "../../../platform/forms/use-form-values";
import { useLabels } from "../../../platform/i18n/use-labels";
import { structureLookup } from "./structure-lookup";

export interface UnitValues {
  name: string;
  kind: string;
  organisationId: string;
  areaId: string;
}

interface UnitFieldsProps {
  structure: StructureResponse;
  form: ReturnType<typeof useFormValues<UnitValues>>;
  errorFor: (field: string) => string | undefined;
  idPrefix: string;
}

/** Name, kind, organisation and area of a unit; areas follow the chosen organisation. */
export function UnitFields({ structure, form, errorFor, idPrefix }: UnitFieldsProps) {
  const { t } = useTranslation(["admin", "common"]);
  const labels = useLabels();
  const lookup = structureLookup(structure);
  const choose = { value: "", label: t("admin:userDetail.choose"), disabled: true };
  return (
    <Stack gap="sm">
      <TextInput
        id={`${idPrefix}-name`}
        label={t("admin:unitForm.name")}
        required
        error={errorFor("name")}
        {...form.bind("name")}
      />
      <NativeSelect
        id={`${idPrefix}-kind`}
        label={t("admin:unitForm.kind")}
        required
        data={[choose, ...UNIT_KINDS.map((k) => ({ value: k, label: labels.unitKind(k) }))]}
        error={errorFor("kind")}
        {...form.bind("kind")}
      />
      <NativeSelect
        id={`${idPrefix}-organisation`}
        label={t("admin:unitForm.organisation")}
        required
        data={structure.organisations.map((o) => ({ value: o.id, label: o.name }))}
        error={errorFor("organisationId")}
        name="organisationId"
        value={form.values.organisationId}
        onChange={(event) => {
          form.set("organisationId", event.currentTarget.value);
          form.set("areaId", "");
        }}
      />
      <NativeSelect
        id={`${idPrefix}-area`}
        label={t("admin:unitForm.area")}
        description={t("admin:unitForm.areaHint")}
        data={[
          { value: "", label: t("admin:unitForm.noArea") },
          ...lookup
            .areasOf(form.values.organisationId)
            .map((a) => ({ value: a.id, label: a.name })),
        ]}
        error={errorFor("areaId")}
        {...form.bind("areaId")}
      />
    </Stack>
  );
}

export function unitInput(values: UnitValues) {
  return {
    name: values.name,
    kind: values.kind as (typeof UNIT_KINDS)[number],
    organisationId: values.organisationId,
    areaId: values.areaId || null,
  };
}
