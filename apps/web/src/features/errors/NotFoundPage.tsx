import { useTranslation } from "react-i18next";
import { ErrorPage } from "./ErrorPage";

export function NotFoundPage() {
  const { t } = useTranslation("errors");
  return <ErrorPage standalone title={t("notFound.title")} body={t("notFound.body")} />;
}
