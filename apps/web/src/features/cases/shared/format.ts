import { useLanguage } from "../../../platform/i18n/use-language";

const LOCALES = { sv: "sv-SE", en: "en-GB" } as const;
// Case work counts days in Sweden, wherever the browser happens to be.
const TIME_ZONE = "Europe/Stockholm";

/** Whole years from a civil birth date ("YYYY-MM-DD") to today. */
export function ageInYears(birthDate: string, today = new Date()): number {
  const [year, month, day] = birthDate.split("-").map(Number) as [number, number, number];
  const hadBirthday =
    today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}

/** Dates and times in the UI language; a civil date and an instant read the same way. */
export function useFormat() {
  const locale = LOCALES[useLanguage()];
  const format = (options: Intl.DateTimeFormatOptions) => (value: string) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE }).format(new Date(value));
  return {
    date: format({ dateStyle: "medium" }),
    dateTime: format({ dateStyle: "medium", timeStyle: "short" }),
    time: format({ timeStyle: "short" }),
  };
}

/** The civil date in Sweden of an instant, "YYYY-MM-DD" (the Swedish locale writes it that way). */
export function dateInSweden(instant: string | Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE }).format(new Date(instant));
}

/** Today's civil date in Sweden, "YYYY-MM-DD". */
export function todayInSweden(): string {
  return dateInSweden(new Date());
}
