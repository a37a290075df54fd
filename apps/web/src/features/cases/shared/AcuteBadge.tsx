import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function AcuteBadge() {
  const { t } = useTranslation("cases");
  return (
    <Badge color="red.9" variant="outline" tt="none" radius="sm">
      {t("acute")}
    </Badge>
  );
}
