import i18next, { type i18n as I18n, type Resource } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../api/api-error";

export const LANGUAGES: readonly Language[] = ["sv", "en"];
export const DEFAULT_LANGUAGE: Language = "sv";

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** One i18next instance for the app: Swedish first, English second, texts bundled. */
export function createI18n(resources: Resource): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  // Screen readers and hyphenation follow the page's language.
  instance.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  return instance;
}
