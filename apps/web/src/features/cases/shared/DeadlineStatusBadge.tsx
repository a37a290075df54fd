import { Badge, type BadgeProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DeadlineStatus } from "./case-types";

// Each status is said in words, so it reads the same without colour; the colours only repeat it.
const LOOK: Record<DeadlineStatus, BadgeProps> = {
  overdue: { color: "red.9", variant: "filled" },
  due_soon: { color: "yellow.3", variant: "filled", c: "dark.9" },
  upcoming: { color: "gray.7", variant: "outline" },
  done: { color: "kring.8", variant: "outline" },
};

export function DeadlineStatusBadge({ status }: { status: DeadlineStatus }) {
  const { t } = useTranslation("cases");
  return (
    <Badge {...LOOK[status]} tt="none" radius="sm">
      {t(`deadlineStatus.${status}`)}
    </Badge>
  );
}
