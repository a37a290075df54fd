import { INTAKE_ROLES } from "@kring/domain/cases";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { hasRole } from "../../../platform/session/roles";
import { useSessionUser } from "../../../platform/session/session-user";
import { PageTitle } from "../../../platform/ui/PageTitle";
import { ForbiddenPage } from "../../errors/ForbiddenPage";
import { useIntake } from "../api/cases.api";
import { CaseList } from "./CaseList";
import { CoordinationSection } from "../appointments/CoordinationSection";

/**
 * "Inkorg": requests waiting for assessment. Central coordinators and social services decide on
 * the case page (accept, decline with the other action, appoint coordinators).
 */
export function IntakePage() {
  const { t } = useTranslation("cases");
  const user = useSessionUser();
  if (!hasRole(user, ...INTAKE_ROLES)) return <ForbiddenPage />;
  return (
    <>
      <IntakeQueue title={t("intake.title")} intro={t("intake.intro")} empty={t("intake.empty")} />
      <CoordinationSection />
    </>
  );
}

function IntakeQueue({ title, intro, empty }: { title: string; intro: string; empty: string }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Text mb="md" maw={640}>
        {intro}
      </Text>
      <CaseList query={useIntake()} empty={empty} intake />
    </>
  );
}
