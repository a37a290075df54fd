import { useLanguage } from "../../platform/i18n/use-language";

/** Percent with one decimal, the language's decimal sign; "–" for no figure. */
export function usePercent() {
  const language = useLanguage();
  const number = new Intl.NumberFormat(language === "en" ? "en-GB" : "sv-SE", {
    maximumFractionDigits: 1,
  });
  return (value: number | null) => (value === null ? "–" : `${number.format(value)} %`);
}

export const share = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : 0);
