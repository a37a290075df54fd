import type { ChildSearchHit } from "@kring/contracts";
import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ageInYears } from "../cases/shared/format";
import { type ChosenChild, chosenFromHit } from "./chosen-child";

interface ChildSearchResultsProps {
  results: ChildSearchHit[];
  onChoose: (child: ChosenChild) => void;
}

/**
 * The children found, each with what tells them apart: number, age and current unit. A child
 * outside the searcher's service, found by full number, shows only name and year of birth.
 */
export function ChildSearchResults({ results, onChoose }: ChildSearchResultsProps) {
  const { t } = useTranslation("children");
  return (
    <>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("search.count", { count: results.length })}
      </Text>
      <Stack component="ul" gap="xs" className="plain-list">
        {results.map((child) => {
          const name = `${child.givenName} ${child.familyName}`;
          return (
            <Card component="li" key={child.id} withBorder padding="sm">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Text fw={700}>{name}</Text>
                  {child.found === "existence" ? (
                    <>
                      <Text size="sm">{t("bornYear", { year: child.birthYear })}</Text>
                      <Text size="sm" c="dimmed">
                        {t("existenceOnly")}
                      </Text>
                    </>
                  ) : (
                    <>
                      <Text size="sm">
                        {child.personalNumber} · {t("age", { count: ageInYears(child.birthDate) })}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {child.whereaboutsHidden
                          ? t("protectedIdentity")
                          : child.currentUnits.map((u) => u.unitName).join(", ") || t("noUnit")}
                      </Text>
                      {child.protectedIdentity && !child.whereaboutsHidden && (
                        <Badge color="gray" variant="outline" tt="none" c="dark.7" mt={4}>
                          {t("protectedIdentity")}
                        </Badge>
                      )}
                    </>
                  )}
                </div>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t("search.chooseLabel", { name })}
                  onClick={() => onChoose(chosenFromHit(child))}
                >
                  {t("search.choose")}
                </Button>
              </Group>
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
