import { useTranslation } from "react-i18next";
import { useCaseLabels } from "../../cases/shared/case-labels";
import type { Settings } from "./instruments-admin.api";

type Key = keyof Settings["schedule"] | keyof Settings["thresholds"];

const LABELS = {
  sdqInformants: "sdq.informants",
  sdqBeforeNetworkMeeting1: "sdq.beforeMeeting1",
  sdqBaselineFallbackDays: "sdq.fallbackDays",
  sdqEveryMonths: "sdq.everyMonths",
  sdqAtClosure: "sdq.atClosure",
  sdqClosureWindowDays: "sdq.closureWindow",
  sessionInstruments: "session.instruments",
  sessionMeetingKinds: "session.meetingKinds",
  dueSoonDays: "reminders.dueSoon",
  corsClinicalCutoff: "thresholds.corsClinicalCutoff",
  orsYouthClinicalCutoff: "thresholds.orsYouthClinicalCutoff",
  orsClinicalCutoff: "thresholds.orsClinicalCutoff",
  orsReliableChange: "thresholds.orsReliableChange",
  srsAlertBelow: "thresholds.srsAlertBelow",
  sdqTotalImprovement: "thresholds.sdqTotalImprovement",
} as const satisfies Record<Key, string>;

/** Each setting's label and a value in words, for the error summary and the conflict notice. */
export function useSettingLabels() {
  const { t } = useTranslation("admin");
  const cases = useCaseLabels();
  const word = (key: Key, item: string) =>
    key === "sdqInformants"
      ? t(`schedule.sdq.informant.${item as "parent"}`)
      : key === "sessionInstruments"
        ? t(`schedule.session.instrument.${item as "ors"}`)
        : cases.meetingKind(item);
  return {
    label: (key: Key) => t(`schedule.${LABELS[key]}`),
    value: (key: Key, value: boolean | number | null | readonly string[]): string => {
      if (typeof value === "boolean") return t(value ? "schedule.value.yes" : "schedule.value.no");
      if (value === null) return t("schedule.value.none");
      if (Array.isArray(value))
        return value.length === 0
          ? t("schedule.value.empty")
          : value.map((item) => word(key, String(item))).join(", ");
      return String(value).replace(".", ",");
    },
  };
}
