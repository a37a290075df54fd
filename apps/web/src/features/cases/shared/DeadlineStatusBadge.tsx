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
const LATE: BadgeProps = { color: "red.9", variant: "outline" };

/** The status in words; a deadline done after its day says so ("Klar för sent"). */
export function DeadlineStatusBadge({ status, late }: { status: DeadlineStatus; late?: boolean }) {
  const { t } = useTranslation("cases");
  const doneLate = status === "done" && late;
  return (
    <Badge {...(doneLate ? LATE : LOOK[status])} tt="none" radius="sm">
      {t(doneLate ? "deadlineStatus.doneLate" : `deadlineStatus.${status}`)}
    </Badge>
  );
}
