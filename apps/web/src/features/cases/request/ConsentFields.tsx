import type { ChildDetail, StructureResponse } from "@kring/contracts";
import { DEFAULT_CONSENT_RULES } from "@kring/domain/consent";
import { Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useConsentRules } from "../api/consent-rules.api";
import { UnitCheckboxes } from "../shared/UnitCheckboxes";
import type { ConsentValues } from "./consent-values";
import { ConsentGivers } from "./ConsentGivers";
import { ConsentMethod } from "./ConsentMethod";
import { useRequestTexts } from "./request-texts";

interface ConsentFieldsProps {
  values: ConsentValues;
  onChange: (values: ConsentValues) => void;
  /** Null when the user may not read the child's record (and so not list the guardians). */
  guardians: Pick<ChildDetail["guardians"][number], "id" | "givenName" | "familyName">[] | null;
  /** The child's birth date, so the rule for their age is said and followed. */
  birthDate: string | null;
  structure: StructureResponse;
  errorFor: (field: string) => string | undefined;
  /** Whether a scanned form can be attached (it is stored in the case, so only once one exists). */
  withFile?: boolean;
}

/** Who gave consent and how, to which units, for what, until when. */
export function ConsentFields({
  values,
  onChange,
  guardians,
  birthDate,
  structure,
  errorFor,
  withFile = true,
}: ConsentFieldsProps) {
  useRequestTexts();
  const { t } = useTranslation(["request", "common"]);
  const rules = useConsentRules().data ?? DEFAULT_CONSENT_RULES;
  const set = (patch: Partial<ConsentValues>) => onChange({ ...values, ...patch });
  return (
    <Stack gap="md">
      <ConsentGivers
        values={values}
        set={set}
        guardians={guardians}
        birthDate={birthDate}
        rules={rules}
        error={errorFor("consent.givenBy")}
      />
      <ConsentMethod values={values} set={set} withFile={withFile} errorFor={errorFor} />
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
    </Stack>
  );
}
