import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../ui/ProblemAlert";
import { useChangeLanguage } from "./use-change-language";
import { useLanguage } from "./use-language";

/** One button naming the other language in that language ("English" / "Svenska"). */
export function LanguageSwitch({ onSwitched }: { onSwitched?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useChangeLanguage();
  const other = language === "sv" ? "en" : "sv";
  return (
    <>
      <Button
        variant="subtle"
        size="sm"
        lang={other}
        loading={change.isPending}
        onClick={() => change.mutate(other, { onSuccess: onSwitched })}
      >
        {t("languageSwitch.label")}
      </Button>
      {change.isError && <ProblemAlert error={change.error} />}
    </>
  );
}
