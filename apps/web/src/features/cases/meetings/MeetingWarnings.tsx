import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../../platform/i18n/use-language";
import { useMeetingWarnings } from "../api/meetings.api";

/** The server's warnings about a meeting just planned, e.g. a place for a protected child. */
export function MeetingWarnings({ caseId, meetingId }: { caseId: string; meetingId: string }) {
  const { t } = useTranslation("common");
  const language = useLanguage();
  const { warnings, dismiss } = useMeetingWarnings(caseId, meetingId);
  return warnings.map((w) => (
    <Alert
      key={w.code}
      color="yellow"
      variant="light"
      role="alert"
      withCloseButton
      closeButtonLabel={t("close")}
      onClose={dismiss}
    >
      {language === "en" ? w.message.en : w.message.sv}
    </Alert>
  ));
}
