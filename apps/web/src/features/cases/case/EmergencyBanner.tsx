import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Always in view while the user reads a case through emergency access. */
export function EmergencyBanner() {
  const { t } = useTranslation("cases");
  return (
    <Alert color="red.9" variant="filled" title={t("emergency.bannerTitle")} mb="md">
      {t("emergency.banner")}
    </Alert>
  );
}
