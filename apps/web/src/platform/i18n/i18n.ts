import i18next, { type i18n as I18n, type ResourceLanguage } from "i18next";
import { initReactI18next } from "react-i18next";
import type { Language } from "../api/api-error";

export const LANGUAGES: readonly Language[] = ["sv", "en"];
export const DEFAULT_LANGUAGE: Language = "sv";

export function isLanguage(value: string | undefined): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** Where a language's texts come from when they are not bundled: a chunk of their own. */
export type LaterLanguages = Partial<Record<Language, () => Promise<ResourceLanguage>>>;

interface Loading {
  later: LaterLanguages;
  loaded: Map<Language, Promise<void>>;
}
// Keyed by the instance's store: react-i18next hands components a proxy of the instance, not the
// instance itself, while the store it reads through is the same object.
const loadingByStore = new WeakMap<object, Loading>();

/**
 * One i18next instance for the app: Swedish first and bundled, English second and fetched the
 * first time it is shown (ADR 0023), so the first page carries one language, not two.
 */
export function createI18n(swedish: ResourceLanguage, later: LaterLanguages): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { [DEFAULT_LANGUAGE]: swedish },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES,
    defaultNS: "common",
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  loadingByStore.set(instance.store, { later, loaded: new Map() });
  // Screen readers and hyphenation follow the page's language.
  instance.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  return instance;
}

/** Fetches a language's texts once; a failed fetch is forgotten so the next switch tries again. */
function loadLanguage(i18n: I18n, language: Language): Promise<void> {
  const loading = loadingByStore.get(i18n.store);
  const load = loading?.later[language];
  if (!loading || !load) return Promise.resolve();
  let loaded = loading.loaded.get(language);
  if (!loaded) {
    loaded = load().then(
      (texts) => {
        for (const [namespace, bundle] of Object.entries(texts))
          i18n.addResourceBundle(language, namespace, bundle, true, true);
      },
      (error: unknown) => {
        loading.loaded.delete(language);
        throw error;
      },
    );
    loading.loaded.set(language, loaded);
  }
  return loaded;
}

/**
 * Shows the UI in a language: its texts are fetched first, so the switch happens once they are
 * there and no page flashes keys or the other language. Use this, never i18n.changeLanguage.
 */
export async function showLanguage(i18n: I18n, language: Language): Promise<void> {
  await loadLanguage(i18n, language);
  await i18n.changeLanguage(language);
}
