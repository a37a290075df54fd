import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../cases/shared/case-labels";
import { useInstrumentsTexts } from "./instruments-texts";

/** Codes from the API in words; SDQ is named by version, ORS/SRS by their own names. */
export function useInstrumentLabels() {
  useInstrumentsTexts();
  const { t } = useTranslation("instruments");
  const cases = useCaseLabels();
  return {
    form: (f: { instrument: string; version: string; informant: string }) =>
      f.instrument === "sdq"
        ? t("label.form.sdq", {
            version: f.version,
            informant: t(`label.informant.${f.informant as "parent"}`),
          })
        : t("label.form.vas", {
            name: f.version,
            informant: t(`label.informant.${f.informant as "parent"}`),
          }),
    informant: (code: string) => t(`label.informant.${code as "parent"}`),
    occasion: (code: string, meetingKind?: string | null) =>
      code === "meeting" && meetingKind
        ? cases.meetingKind(meetingKind)
        : t(`label.occasion.${code as "baseline"}`),
    status: (code: string) => t(`label.status.${code as "sent"}`),
    scale: (code: string) => t(`label.scale.${code as "total"}`),
    band: (code: string | null) => (code ? t(`label.band.${code as "normal"}`) : "–"),
    change: (code: string | null) => (code ? t(`label.change.${code as "improved"}`) : ""),
    subject: (code: string) => t(`label.subject.${code as "MA"}`, { defaultValue: code }),
    year3Area: (code: string) => t(`label.year3Area.${code as "reading"}`),
    year3Result: (code: string) => t(`label.year3Result.${code as "met"}`),
  };
}
