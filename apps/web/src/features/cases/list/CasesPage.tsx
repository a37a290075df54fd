import { Button, Group, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { useCases } from "../api/cases.api";
import { CaseList } from "./CaseList";

/** "Ärenden": every case the user can see now, acute first. */
export function CasesPage() {
  const { t } = useTranslation("cases");
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      <Group justify="space-between" align="flex-end" mb="md">
        <Text maw={640}>{t("list.intro")}</Text>
        <Button component={Link} to="/requests/new">
          {t("list.newRequest")}
        </Button>
      </Group>
      <CaseList query={useCases()} empty={t("list.empty")} />
    </>
  );
}
