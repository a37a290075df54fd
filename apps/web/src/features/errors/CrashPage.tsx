import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "./ErrorPage";

/** The last resort when a page throws: no technical details, a way to try again. */
export function CrashPage() {
  const { t } = useTranslation("errors");
  return (
    <ErrorPage
      standalone
      title={t("crash.title")}
      body={t("crash.body")}
      action={<Button onClick={() => window.location.reload()}>{t("crash.reload")}</Button>}
    />
  );
}
