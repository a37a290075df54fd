import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Names the browser tab; a screen reader announces it when the page changes. */
export function useDocumentTitle(...parts: string[]) {
  const { t } = useTranslation();
  const title = [...parts, t("appName")].join(" – ");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
