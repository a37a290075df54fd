import type { CaseDetail } from "@kring/contracts";
import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SwedishText } from "../shared/SwedishText";
import { useCaseLabels } from "../shared/case-labels";
import { useFormat } from "../shared/format";

/** What was decided last, and the decisions that end or redirect a case. */
export function DecisionSummary({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation("cases");
  const labels = useCaseLabels();
  const format = useFormat();
  const { decision, closure, authorityActions, lastDecision, evaluations } = detail;
  const nothing =
    !decision &&
    !closure &&
    authorityActions.length === 0 &&
    !lastDecision &&
    evaluations.length === 0;
  if (nothing) return <Text size="sm">{t("decisions.none")}</Text>;
  return (
    <Stack gap="sm">
      {/* A decline or a closure is itself the last decision, told in full below. */}
      {lastDecision && !decision && !closure && (
        <Text size="sm">
          <SwedishText>{lastDecision}</SwedishText>
        </Text>
      )}
      {decision && (
        <div>
          <Text size="sm" fw={600}>
            {t("decisions.declined", { date: format.date(decision.decidedAt) })}
          </Text>
          <Text size="sm">{t("decisions.otherAction", { text: decision.otherAction })}</Text>
          <Text size="sm">{t("decisions.reason", { text: decision.reason })}</Text>
        </div>
      )}
      {closure && (
        <div>
          <Text size="sm" fw={600}>
            {t("decisions.closed", {
              date: format.date(closure.on),
              reason: labels.closeReason(closure.reason),
            })}
          </Text>
          {closure.note && <Text size="sm">{closure.note}</Text>}
          {closure.earlyReason && (
            <Text size="sm">{t("decisions.earlyReason", { text: closure.earlyReason })}</Text>
          )}
          {closure.measurementSkipReason && (
            <Text size="sm">
              {t("decisions.measurementSkipReason", { text: closure.measurementSkipReason })}
            </Text>
          )}
          {closure.whatWorked && (
            <Text size="sm">{t("decisions.whatWorked", { text: closure.whatWorked })}</Text>
          )}
          {closure.whatGotInTheWay && (
            <Text size="sm">
              {t("decisions.whatGotInTheWay", { text: closure.whatGotInTheWay })}
            </Text>
          )}
        </div>
      )}
      {evaluations.map((e) => (
        <div key={`${e.on}-${e.goals}-${e.atMeeting}`}>
          <Text size="sm" fw={600}>
            {t("decisions.evaluation", {
              date: format.date(e.on),
              goals: t(`decisions.outcome.${e.goals}`),
            })}
          </Text>
          {e.goalOutcomes && e.goalOutcomes.length > 0 && (
            <List size="sm" aria-label={t("decisions.goalOutcomes")}>
              {e.goalOutcomes.map((o) => (
                <List.Item key={o.goalId}>
                  {t("decisions.goalOutcome", {
                    goal: o.goal,
                    outcome: t(`decisions.goalOutcomeWords.${o.outcome}`),
                  })}
                </List.Item>
              ))}
            </List>
          )}
          <Text size="sm">{t("decisions.familyView", { text: e.familyView })}</Text>
          <Text size="sm">{t("decisions.childView", { text: e.childView })}</Text>
        </div>
      ))}
      {authorityActions.map((a) => (
        <div key={`${a.on}-${a.kind}-${a.note}`}>
          <Text size="sm" fw={600}>
            {labels.authorityAction(a.kind)}, {format.date(a.on)}
            {a.closedCase && ` (${t("decisions.closedCase")})`}
          </Text>
          <Text size="sm">{a.note}</Text>
        </div>
      ))}
    </Stack>
  );
}
