import { Alert, Button, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../platform/api/api-error";
import { useLanguage } from "../../../platform/i18n/use-language";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useFormat } from "./format";
import { conflictChanges, isConflict, refusalReasons } from "./problem-details";
import { SwedishText } from "./SwedishText";

interface StepProblemProps {
  error: unknown;
  /** What was being changed: the case lists what others did; a meeting only that it changed. */
  subject: "case" | "meeting";
  onReload: () => void;
  reloading?: boolean;
}

/**
 * Why a change did not go through. A conflict shows what the others changed and offers to load
 * the latest version: the user's own change is never written over theirs without being seen.
 */
export function StepProblem({ error, subject, onReload, reloading }: StepProblemProps) {
  const { t } = useTranslation("cases");
  const language = useLanguage();
  const format = useFormat();
  if (!error) return null;
  if (isConflict(error)) {
    const changes = conflictChanges(error);
    return (
      <Alert
        color="orange"
        variant="outline"
        role="alert"
        title={t(`conflict.${subject}`)}
        mb="md"
        c="dark.9"
      >
        <Text size="sm" mb="xs">
          {t(`conflict.explain.${subject}`)}
        </Text>
        {changes.length > 0 && (
          <List size="sm" mb="sm" aria-label={t("conflict.changes")}>
            {changes.map((c) => (
              <List.Item key={`${c.at}-${c.kind}`}>
                {format.dateTime(c.at)}
                {c.by && `, ${c.by}`}: <SwedishText>{c.summary}</SwedishText>
              </List.Item>
            ))}
          </List>
        )}
        <Button size="xs" onClick={onReload} loading={reloading}>
          {t(`conflict.reload.${subject}`)}
        </Button>
      </Alert>
    );
  }
  const reasons = refusalReasons(error);
  if (reasons.length === 0 || !(error instanceof ApiError)) return <ProblemAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert" title={error.messageIn(language)} mb="md">
      <List size="sm">
        {reasons.map((r) => (
          <List.Item key={r.code}>{language === "en" ? r.messageEn : r.messageSv}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
