import { Button, Card, Group, Loader, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ChildSearch } from "../../children/ChildSearch";
import type { ChosenChild } from "../../children/chosen-child";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { RequestForm } from "./RequestForm";
import { useRequestStart } from "./use-request-start";
import { useRequestTexts } from "./request-texts";

interface RequestPageProps {
  /** Raised from this early-support contact: its child and what was learned, filled in. */
  earlySupportId?: string;
  /** The child a task names (the Barnets bästa lead asked the unit to start a plan). */
  childId?: string;
}

/** "Ny förfrågan": first the child, then the need in the raiser's own words, and consent. */
export function RequestPage({ earlySupportId, childId }: RequestPageProps) {
  useRequestTexts();
  const { t } = useTranslation(["request", "children", "common"]);
  const start = useRequestStart(earlySupportId, childId);
  const [chosen, setChosen] = useState<ChosenChild | null>(null);
  const [changed, setChanged] = useState(false);
  const child = chosen ?? (changed ? null : start.child);
  const prefill =
    !changed && start.child && child?.id === start.child.id ? start.prefill : undefined;
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
        {start.pending ? (
          <Loader aria-label={t("common:loading")} />
        ) : start.error && !changed ? (
          <ProblemAlert error={start.error} />
        ) : child ? (
          <Card withBorder padding="sm" mb="lg" maw={720}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={700}>
                {child.givenName} {child.familyName} ·{" "}
                {child.personalNumber ?? t("children:bornYear", { year: child.birthYear })}
              </Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  setChosen(null);
                  setChanged(true);
                }}
              >
                {t("changeChild")}
              </Button>
            </Group>
          </Card>
        ) : (
          <ChildSearch onChoose={setChosen} />
        )}
      </section>
      {child && <RequestForm key={child.id} child={child} prefill={prefill} />}
    </>
  );
}
