import type { ChildDetail } from "@kring/contracts";
import {
  type ConsentRules,
  consentChoices,
  consentRefusalMessage,
  consentRuleText,
} from "@kring/domain/consent";
import { stockholmDate } from "@kring/domain/cases";
import { Alert, Checkbox, Fieldset, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../platform/i18n/use-language";
import { LEGEND_AS_LABEL } from "../shared/fieldset-styles";
import type { ConsentValues } from "./consent-values";
import { useRequestTexts } from "./request-texts";

interface ConsentGiversProps {
  values: ConsentValues;
  set: (patch: Partial<ConsentValues>) => void;
  guardians: Pick<ChildDetail["guardians"][number], "id" | "givenName" | "familyName">[] | null;
  /** The child's birth date, when the form knows it; the rule is then said for their age. */
  birthDate: string | null;
  rules: ConsentRules;
  error: string | undefined;
}

/**
 * Who gives the consent, with the rule for the child's age said first in plain words. A child
 * under the age limit may consent together with a guardian, never alone: said as soon as it is
 * the only box ticked.
 */
export function ConsentGivers({
  values,
  set,
  guardians,
  birthDate,
  rules,
  error,
}: ConsentGiversProps) {
  useRequestTexts();
  const { t } = useTranslation("request");
  const language = useLanguage();
  const choices = birthDate ? consentChoices(birthDate, stockholmDate(new Date()), rules) : null;
  const rule = choices && consentRuleText(choices.age, rules)[language];
  const tooYoungAlone =
    choices && !choices.childMayConsentAlone && values.byChild && values.guardianIds.length === 0;
  const message = tooYoungAlone
    ? consentRefusalMessage("child_too_young_alone", rules)[language]
    : error;
  const toggleGuardian = (id: string, checked: boolean) =>
    set({
      guardianIds: checked
        ? [...values.guardianIds, id]
        : values.guardianIds.filter((g) => g !== id),
    });
  return (
    <Fieldset legend={t("consent.givenBy")} variant="unstyled" styles={LEGEND_AS_LABEL}>
      <Alert color="kring" variant="light" mb="xs" p="xs">
        <Text size="sm">
          {rule ?? t("consent.ruleUnknownAge", { age: rules.childAloneFromAge })}
        </Text>
      </Alert>
      {message && (
        <Text
          size="sm"
          c="var(--mantine-color-error)"
          mb="xs"
          role={tooYoungAlone ? "alert" : undefined}
        >
          {message}
        </Text>
      )}
      <Stack gap={6}>
        {guardians === null ? (
          <Text size="sm">{t("consent.guardiansUnknown", { age: rules.childAloneFromAge })}</Text>
        ) : (
          guardians.map((g) => (
            <Checkbox
              key={g.id}
              label={t("consent.guardian", { name: `${g.givenName} ${g.familyName}` })}
              checked={values.guardianIds.includes(g.id)}
              error={!!message}
              onChange={(event) => toggleGuardian(g.id, event.currentTarget.checked)}
            />
          ))
        )}
        <Checkbox
          label={t("consent.child")}
          description={
            choices && !choices.childMayConsentAlone
              ? t("consent.childWithGuardian", { age: rules.childAloneFromAge })
              : undefined
          }
          checked={values.byChild}
          error={!!message}
          onChange={(event) => set({ byChild: event.currentTarget.checked })}
        />
      </Stack>
    </Fieldset>
  );
}
