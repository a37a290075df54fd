import { Button, Card, Group, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../platform/ui/PageTitle";
import { ChildSearch } from "../children/ChildSearch";
import type { ChosenChild } from "../children/chosen-child";
import { EarlySupportForm } from "./EarlySupportForm";
import { useEarlySupportTexts } from "./use-early-support-texts";

/** "Nytt tidigt stöd": the child first, then the contact with the family's consent to keep it. */
export function NewEarlySupportPage() {
  useEarlySupportTexts();
  const { t } = useTranslation(["earlySupport", "children"]);
  const [child, setChild] = useState<ChosenChild | null>(null);
  return (
    <>
      <PageTitle>{t("earlySupport:newTitle")}</PageTitle>
      <section aria-labelledby="es-child-title">
        <Title order={2} size="h3" id="es-child-title" mb="sm">
          {t("earlySupport:childStep")}
        </Title>
        {child ? (
          <Card withBorder padding="sm" mb="lg" maw={720}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={700}>
                {child.givenName} {child.familyName} ·{" "}
                {child.personalNumber ?? t("children:bornYear", { year: child.birthYear })}
              </Text>
              <Button size="xs" variant="default" onClick={() => setChild(null)}>
                {t("earlySupport:changeChild")}
              </Button>
            </Group>
          </Card>
        ) : (
          <ChildSearch onChoose={setChild} />
        )}
      </section>
      {child && (
        <section aria-labelledby="es-contact-title">
          <Title order={2} size="h3" id="es-contact-title" mb="sm">
            {t("earlySupport:contactStep")}
          </Title>
          <EarlySupportForm key={child.id} childId={child.id} />
        </section>
      )}
    </>
  );
}
