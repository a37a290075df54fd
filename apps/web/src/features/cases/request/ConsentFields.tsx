import type { ChildDetail, StructureResponse } from "@kring/contracts";
import { Checkbox, Fieldset, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { UnitCheckboxes } from "../shared/UnitCheckboxes";
import type { ConsentValues } from "./consent-values";
import { ConsentFileInput } from "./ConsentFileInput";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";

interface ConsentFieldsProps {
  values: ConsentValues;
  onChange: (values: ConsentValues) => void;
  /** Null when the user may not read the child's record (and so not list the guardians). */
  guardians: Pick<ChildDetail["guardians"][number], "id" | "givenName" | "familyName">[] | null;
  structure: StructureResponse;
  errorFor: (field: string) => string | undefined;
  /** Whether a scanned form can be attached (it is stored in the case, so only once one exists). */
  withFile?: boolean;
}

/** Who gave consent, to which units, for what, until when, and the signed form if scanned. */
export function ConsentFields({
  values,
  onChange,
  guardians,
  structure,
  errorFor,
  withFile = true,
}: ConsentFieldsProps) {
  const { t } = useTranslation(["request", "common"]);
  const set = (patch: Partial<ConsentValues>) => onChange({ ...values, ...patch });
  const toggleGuardian = (id: string, checked: boolean) =>
    set({
      guardianIds: checked
        ? [...values.guardianIds, id]
        : values.guardianIds.filter((g) => g !== id),
    });
  const givenByError = errorFor("consent.givenBy");
  return (
    <Stack gap="md">
      <Fieldset legend={t("request:consent.givenBy")} variant="unstyled" styles={LEGEND_AS_LABEL}>
        {givenByError && (
          <Text size="sm" c="var(--mantine-color-error)" mb="xs">
            {givenByError}
          </Text>
        )}
        <Stack gap={6}>
          {guardians === null ? (
            <Text size="sm">{t("request:consent.guardiansUnknown")}</Text>
          ) : (
            guardians.map((g) => (
              <Checkbox
                key={g.id}
                label={t("request:consent.guardian", { name: `${g.givenName} ${g.familyName}` })}
                checked={values.guardianIds.includes(g.id)}
                error={!!givenByError}
                onChange={(event) => toggleGuardian(g.id, event.currentTarget.checked)}
              />
            ))
          )}
          <Checkbox
            label={t("request:consent.child")}
            checked={values.byChild}
            error={!!givenByError}
            onChange={(event) => set({ byChild: event.currentTarget.checked })}
          />
        </Stack>
      </Fieldset>
      <UnitCheckboxes
        legend={t("request:consent.units")}
        description={t("request:consent.unitsHint")}
        structure={structure}
        value={values.unitIds}
        onChange={(unitIds) => set({ unitIds })}
        error={errorFor("consent.unitIds")}
      />
      <Textarea
        label={t("request:consent.purpose")}
        description={t("request:consent.purposeHint")}
        required
        autosize
        minRows={2}
        value={values.purpose}
        onChange={(event) => set({ purpose: event.currentTarget.value })}
        error={errorFor("consent.purpose")}
      />
      <TextInput
        type="date"
        label={`${t("request:consent.validUntil")} (${t("common:optional")})`}
        value={values.validUntil}
        onChange={(event) => set({ validUntil: event.currentTarget.value })}
        error={errorFor("consent.validUntil")}
        w={{ base: "100%", xs: 220 }}
      />
      {withFile && <ConsentFileInput file={values.file} onChange={(file) => set({ file })} />}
    </Stack>
  );
}
