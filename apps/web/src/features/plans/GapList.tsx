import type { PlanDetail } from "@kring/contracts";
import { Alert, Badge, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import { usePlansTexts } from "./plans-texts";

type Gap = NonNullable<PlanDetail["draft"]>["gaps"][number];

/** What the plan lacks before it can be agreed; the law's parts are marked as such. */
export function GapList({ gaps }: { gaps: Gap[] }) {
  usePlansTexts();
  const { t } = useTranslation("plans");
  const language = useLanguage();
  if (gaps.length === 0)
    return (
      <Alert color="teal" variant="light" mb="md">
        {t("draft.complete")}
      </Alert>
    );
  return (
    // Dark text on the light orange: Mantine's orange title and badge fail contrast (WCAG 1.4.3).
    <Alert
      color="orange"
      variant="light"
      title={t("draft.missingTitle")}
      mb="md"
      styles={{ title: { color: "var(--mantine-color-text)" } }}
    >
      <List>
        {gaps.map((g) => (
          <List.Item key={g.code}>
            {g.message[language]}{" "}
            {g.legal && (
              <Badge size="sm" color="dark" variant="outline">
                {t("draft.legal")}
              </Badge>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
