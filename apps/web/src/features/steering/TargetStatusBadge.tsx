import { Text } from "@mantine/core";
import { type TargetStatus } from "@kring/domain/statistics";
import { useTranslation } from "react-i18next";

// Each status has a word and a mark besides its colour (WCAG 1.4.1), dark enough for 4.5:1.
const LOOK: Record<TargetStatus, { mark: string; color: string }> = {
  green: { mark: "●", color: "green.9" },
  amber: { mark: "◐", color: "orange.9" },
  red: { mark: "○", color: "red.9" },
  none: { mark: "", color: "gray.8" },
};

/** Green / amber / red against the target, said in words. */
export function TargetStatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation("steering");
  if (status === "none") return null;
  const look = LOOK[status];
  return (
    <Text size="xs" c={look.color} fw={700}>
      <span aria-hidden="true">{look.mark} </span>
      {t(`status.${status}`)}
    </Text>
  );
}
