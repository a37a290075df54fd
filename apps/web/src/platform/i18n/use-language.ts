import { useTranslation } from "react-i18next";
import type { Language } from "../api/api-error";
import { DEFAULT_LANGUAGE, isLanguage } from "./i18n";

/** The language the UI is shown in right now. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
