import { Button, Card, Group, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChildSearch } from "../../children/ChildSearch";
import type { ChosenChild } from "../../children/chosen-child";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { RequestForm } from "./RequestForm";

/** "Ny förfrågan": first the child, then the need in the raiser's own words, and consent. */
export function RequestPage() {
  const { t } = useTranslation(["request", "children"]);
  const [child, setChild] = useState<ChosenChild | null>(null);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <Text mb="lg" maw={720}>
        {t("intro")}
      </Text>
      <section aria-labelledby="request-child-title">
        <Title order={2} size="h3" id="request-child-title" mb="sm">
          {t("childStep")}
        </Title>
        {child ? (
          <Card withBorder padding="sm" mb="lg" maw={720}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={700}>
                {child.givenName} {child.familyName} ·{" "}
                {child.personalNumber ?? t("children:bornYear", { year: child.birthYear })}
              </Text>
              <Button size="xs" variant="default" onClick={() => setChild(null)}>
                {t("changeChild")}
              </Button>
            </Group>
          </Card>
        ) : (
          <ChildSearch onChoose={setChild} />
        )}
      </section>
      {child && <RequestForm key={child.id} child={child} />}
    </>
  );
}
