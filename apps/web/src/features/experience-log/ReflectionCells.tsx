import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../platform/i18n/use-language";
import type { ExperienceCell } from "./experience-log.api";

/** "2026-03" → "mars 2026", "2026-vt" → "Vårterminen 2026", "2026" as it is. */
function usePeriodLabel() {
  const { t } = useTranslation("experienceLog");
  const locale = useLanguage() === "sv" ? "sv-SE" : "en-GB";
  return (period: string) => {
    const [year, part] = period.split("-");
    if (!part) return period;
    if (part === "vt") return t("periods.spring", { year });
    if (part === "ht") return t("periods.autumn", { year });
    return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric" }).format(
      new Date(Number(year), Number(part) - 1, 15),
    );
  };
}

/** The reflections, one card per theme x area x period; small cells say only that they exist. */
export function ReflectionCells({ cells }: { cells: ExperienceCell[] }) {
  const { t } = useTranslation("experienceLog");
  const periodLabel = usePeriodLabel();
  if (cells.length === 0) return <Text>{t("cells.none")}</Text>;
  return (
    <Stack gap="md" component="ul" style={{ listStyle: "none", padding: 0 }}>
      {cells.map((cell) => {
        const theme = cell.themeName ?? t("cells.noTheme");
        const area = cell.area ?? t("cells.wholeMunicipality");
        return (
          <Card
            component="li"
            withBorder
            key={`${cell.themeId}-${cell.area}-${cell.period}`}
            padding="md"
          >
            <Group justify="space-between" wrap="wrap" mb="xs">
              <Title order={3} size="h4">
                {`${theme} · ${area} · ${periodLabel(cell.period)}`}
              </Title>
              {cell.count !== null && (
                <Badge variant="light">{t("cells.count", { count: cell.count })}</Badge>
              )}
            </Group>
            {cell.suppressed ? (
              <Text size="sm">{t("cells.hidden")}</Text>
            ) : (
              <List spacing="sm">
                {cell.reflections.map((r, i) => (
                  <List.Item key={i}>
                    <Text size="sm">
                      <strong>{t("cells.worked")}:</strong> {r.whatWorked}
                    </Text>
                    <Text size="sm">
                      <strong>{t("cells.inTheWay")}:</strong> {r.whatGotInTheWay}
                    </Text>
                    <Text size="xs">
                      {r.source === "closure" ? t("cells.fromClosure") : t("cells.fromEvaluation")}
                      {r.organisation && ` · ${t("cells.about", { organisation: r.organisation })}`}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
