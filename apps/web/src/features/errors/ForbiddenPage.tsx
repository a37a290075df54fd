import { useTranslation } from "react-i18next";
import { ErrorPage } from "./ErrorPage";

/** Shown inside the shell when the user's roles do not give access to the page. */
export function ForbiddenPage() {
  const { t } = useTranslation("errors");
  return <ErrorPage title={t("forbidden.title")} body={t("forbidden.body")} />;
}
