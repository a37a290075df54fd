import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isProfessional } from "../../platform/session/roles";
import { useSessionUser } from "../../platform/session/session-user";
import { PageTitle } from "../../platform/ui/PageTitle";
import { FamilyWelcome } from "./FamilyWelcome";
import { MembershipList } from "./MembershipList";
import { NextSteps } from "./NextSteps";

export function HomePage() {
  const { t } = useTranslation("home");
  const user = useSessionUser();
  const firstName = user.displayName.split(" ")[0] ?? user.displayName;
  return (
    <>
      <PageTitle documentTitle={t("title")}>{t("greeting", { name: firstName })}</PageTitle>
      {isProfessional(user) ? (
        <>
          <Text mb="xl">{t("tenant", { tenant: user.tenantName })}</Text>
          <MembershipList user={user} />
          <NextSteps user={user} />
        </>
      ) : (
        <FamilyWelcome user={user} />
      )}
    </>
  );
}
