import { Alert, Button, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PlanChangeWords } from "@kring/domain/plans";
import { ApiError } from "../../platform/api/api-error";
import { useLanguage } from "../../platform/i18n/use-language";
import { usePlansTexts } from "./plans-texts";

interface Change {
  section: string;
  kind: "added" | "removed" | "changed";
  id?: string;
  field?: string;
  fields?: string[];
}

/** A stale save: who saved in between and what they changed, and a way to get their version. */
export function ConflictNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  if (!(error instanceof ApiError) || error.status !== 409 || !("changes" in error.details))
    return null;
  const d = error.details as {
    savedBy?: string;
    savedAt?: string;
    changes: Change[];
    words?: PlanChangeWords[];
  };
  return (
    <Alert color="red" variant="light" role="alert" title={t("conflict.title")} mb="md">
      {t("conflict.by", {
        name: d.savedBy ?? "?",
        at: d.savedAt ? new Date(d.savedAt).toLocaleString("sv-SE") : "",
      })}
      <List mt="xs">
        {d.words
          ? d.words.map((w, i) => <List.Item key={i}>{w[language]}</List.Item>)
          : d.changes.map((c, i) => (
              <List.Item key={i}>
                {c.section}: {t(`change.${c.kind}`)}
              </List.Item>
            ))}
      </List>
      <Button mt="sm" variant="light" onClick={onReload}>
        {t("conflict.reload")}
      </Button>
    </Alert>
  );
}
