import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMeetingsTexts } from "./meetings-texts";

const LOOK = {
  planned: { color: "kring.8", variant: "outline" },
  held: { color: "kring.8", variant: "filled" },
  cancelled: { color: "gray.7", variant: "outline" },
} as const;

export function MeetingStatusBadge({ status }: { status: keyof typeof LOOK }) {
  useMeetingsTexts();
  const { t } = useTranslation("meetings");
  return (
    <Badge {...LOOK[status]} tt="none" radius="sm">
      {t(`status.${status}`)}
    </Badge>
  );
}
