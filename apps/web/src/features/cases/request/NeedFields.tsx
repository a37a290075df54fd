import { NativeSelect, Radio, Stack, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { useFormValues } from "../../../platform/forms/use-form-values";
import { useRequestTexts } from "./request-texts";

export interface NeedValues {
  raisedByUnitId: string;
  concern: string;
  triedSoFar: string;
  acute: string;
}

interface NeedFieldsProps {
  form: ReturnType<typeof useFormValues<NeedValues>>;
  units: { unitId: string; unitName: string }[];
  errorFor: (field: string) => string | undefined;
}

/** The raising unit, the need in the raiser's own words, and how urgent it is. */
export function NeedFields({ form, units, errorFor }: NeedFieldsProps) {
  useRequestTexts();
  const { t } = useTranslation(["request", "common"]);
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t("request:raisedBy")}
        description={t("request:raisedByHint")}
        required
        data={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
        error={errorFor("raisedByUnitId")}
        w={{ base: "100%", sm: 420 }}
        {...form.bind("raisedByUnitId")}
      />
      <Textarea
        label={t("request:concern")}
        description={t("request:concernHint")}
        required
        autosize
        minRows={4}
        error={errorFor("concern")}
        {...form.bind("concern")}
      />
      <Textarea
        label={`${t("request:triedSoFar")} (${t("common:optional")})`}
        description={t("request:triedSoFarHint")}
        autosize
        minRows={3}
        error={errorFor("triedSoFar")}
        {...form.bind("triedSoFar")}
      />
      <Radio.Group
        label={t("request:acute")}
        description={t("request:acuteHint")}
        name="acute"
        value={form.values.acute}
        onChange={(value) => form.set("acute", value)}
      >
        <Stack gap={6} mt={6}>
          <Radio value="no" label={t("request:acuteNo")} />
          <Radio value="yes" label={t("request:acuteYes")} />
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
