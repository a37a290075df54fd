import type { ReportPeriod } from "@kring/domain/statistics";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import type { DefinitionView, FigureView } from "./steering.api";
import { steeringEn } from "./steering.en";
import { steeringSv } from "./steering.sv";

/** An indicator's short name in the current language; its id when none is written yet. */
export function useIndicatorName() {
  const names = useLanguage() === "en" ? steeringEn.names : steeringSv.names;
  return (id: string) => names[id] ?? id;
}

/** A period's name: "mars 2026", "hösttermin 2026", "2026". */
export function usePeriodName() {
  const language = useLanguage();
  const { t } = useTranslation("steering");
  const month = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "sv-SE", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return (p: ReportPeriod) => {
    if (/^\d{4}$/.test(p.key)) return p.key;
    const term = /^(\d{4})-(vt|ht)$/.exec(p.key);
    if (term) return `${t(`filters.terms.${term[2] as "vt" | "ht"}`)} ${term[1]}`;
    return month.format(new Date(`${p.from}T00:00:00Z`));
  };
}

/** An indicator's value as read aloud: a percent, a ratio or days; "–" for none. */
export function useFigureText() {
  const language = useLanguage();
  const { t } = useTranslation("steering");
  const locale = language === "en" ? "en-GB" : "sv-SE";
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    value(kind: DefinitionView["kind"], f: FigureView | undefined): string {
      if (!f || f.suppressed) return f ? t("table.hidden") : t("table.noFigure");
      if (f.value === null) return t("table.noFigure");
      if (kind === "share") return percent.format(f.value);
      if (kind === "days") return t("table.days", { count: f.value });
      return decimal.format(f.value);
    },
    /** A bare number in the indicator's unit (a target). */
    number(kind: DefinitionView["kind"], n: number): string {
      if (kind === "share") return percent.format(n);
      if (kind === "days") return t("table.days", { count: n });
      return decimal.format(n);
    },
    counts(kind: DefinitionView["kind"], f: FigureView | undefined): string {
      if (!f || f.suppressed || f.denominator === null) return t("table.noFigure");
      if (kind === "days") return t("table.cases", { count: f.denominator });
      const counts = { numerator: f.numerator ?? 0, denominator: f.denominator };
      return kind === "ratio" ? t("table.ratioCounts", counts) : t("table.countsOf", counts);
    },
  };
}
