import type { ResourceLanguage } from "i18next";
import { useTranslation } from "react-i18next";

/**
 * A page's texts that come with the page's own chunk instead of the first page (the first page's
 * script budget, ADR 0023): pages few people open (administration, log review) add their
 * namespace to i18next the first time they render. The page's root component calls this before
 * anything below it reads the namespace; the keys are typed in app/i18next.d.ts all the same.
 */
export function usePageTexts(namespace: string, sv: ResourceLanguage, en: ResourceLanguage) {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle("sv", namespace)) {
    i18n.addResourceBundle("sv", namespace, sv);
    i18n.addResourceBundle("en", namespace, en);
  }
}
