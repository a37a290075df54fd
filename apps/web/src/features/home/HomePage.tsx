import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isProfessional } from "../../platform/session/roles";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { doesCaseWork } from "../cases/case-work";
import { Worklist } from "../worklist/Worklist";
import { FamilyWelcome } from "./FamilyWelcome";
import { MembershipList } from "./MembershipList";
import { NextSteps } from "./NextSteps";

/** Professionals who work with cases start from their tasks; families keep their greeting. */
export function HomePage() {
  const { t } = useTranslation(["home", "worklist"]);
  const user = useSessionUser();
  const firstName = user.displayName.split(" ")[0] ?? user.displayName;
  const worksWithCases = doesCaseWork(user);
  return (
    <>
      <PageTitle documentTitle={worksWithCases ? t("worklist:title") : t("home:title")}>
        {t("home:greeting", { name: firstName })}
      </PageTitle>
      {isProfessional(user) ? (
        <>
          <Text mb="xl">{t("home:tenant", { tenant: user.tenantName })}</Text>
          {worksWithCases && <Worklist />}
          <MembershipList user={user} />
          <NextSteps user={user} />
        </>
      ) : (
        <FamilyWelcome user={user} />
      )}
    </>
  );
}
