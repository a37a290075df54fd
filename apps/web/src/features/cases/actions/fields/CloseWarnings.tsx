import { Alert, List, Text, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../shared/format";
import type { EventFieldsProps } from "../event-form-types";
import { useInstrumentsTexts } from "../../../instruments/instruments-texts";
import { useCaseActionsTexts } from "../caseActions-texts";

/** Reasons forced from outside explain an early end themselves (domain: transition-closure). */
const FORCED = ["family_declined", "consent_withdrawn", "moved_away"];

/**
 * What closing now runs into, said before anything is sent: goals not achieved, the minimum
 * follow-up time, a missing closing measurement. The last two ask for a reason.
 */
export function CloseWarnings({ detail, values, set, errorFor }: EventFieldsProps) {
  useInstrumentsTexts();
  useCaseActionsTexts();
  const { t } = useTranslation(["caseActions", "instruments"]);
  const format = useFormat();
  const check = detail.closureCheck;
  if (!check) return null;
  const reason = values.reason ?? "";
  const asksEarlyReason = check.early && !FORCED.includes(reason);
  return (
    <>
      {check.openGoals.length > 0 && (
        <Alert color="yellow" variant="light">
          <Text fw={700} size="sm">
            {t("caseActions:closeCheck.openGoalsTitle")}
          </Text>
          {t("caseActions:closeCheck.openGoals")}
          <List size="sm" mt={4}>
            {check.openGoals.map((g) => (
              <List.Item key={g}>{g}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {check.early && check.followUpEndsOn && (
        <Alert color="yellow" variant="light">
          <Text fw={700} size="sm">
            {t("caseActions:closeCheck.earlyTitle")}
          </Text>
          {t("caseActions:closeCheck.early", { date: format.date(check.followUpEndsOn) })}
        </Alert>
      )}
      {asksEarlyReason && (
        <Textarea
          label={t("caseActions:closeCheck.earlyReason")}
          required
          autosize
          minRows={2}
          value={values.earlyReason ?? ""}
          error={errorFor("event.earlyReason")}
          onChange={(e) => set("earlyReason", e.currentTarget.value)}
        />
      )}
      {(check.missingClosingMeasurements.length > 0 || check.missingClosingOrs) && (
        <>
          <Alert color="yellow" variant="light">
            <Text fw={700} size="sm">
              {t("caseActions:closeCheck.measurementTitle")}
            </Text>
            {check.missingClosingMeasurements.length > 0 && (
              <Text size="sm">
                {t("caseActions:closeCheck.measurement", {
                  informants: check.missingClosingMeasurements
                    .map((i) =>
                      t(`instruments:label.informant.${i}` as "instruments:label.informant.parent"),
                    )
                    .join(", "),
                })}
              </Text>
            )}
            {check.missingClosingOrs && (
              <Text size="sm">
                {t("caseActions:closeCheck.closingOrs", { version: check.missingClosingOrs })}
              </Text>
            )}
          </Alert>
          <Textarea
            label={t("caseActions:closeCheck.measurementSkipReason")}
            required
            autosize
            minRows={2}
            value={values.measurementSkipReason ?? ""}
            error={errorFor("event.measurementSkipReason")}
            onChange={(e) => set("measurementSkipReason", e.currentTarget.value)}
          />
        </>
      )}
    </>
  );
}
