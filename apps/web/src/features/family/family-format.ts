import { useLanguage } from "../../platform/i18n/use-language";

/** Dates as the family reads them: "torsdag 3 december 2026 kl. 09:00", in Swedish time. */
export function useFamilyFormat() {
  const language = useLanguage();
  const locale = language === "en" ? "en-GB" : "sv-SE";
  const timeZone = "Europe/Stockholm";
  return {
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(
        new Date(iso),
      ),
    time: (iso: string) =>
      new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(new Date(iso)),
    date: (civil: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${civil}T00:00:00Z`),
      ),
  };
}
