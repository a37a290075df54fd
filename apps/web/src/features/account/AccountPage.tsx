import { Alert, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useApi } from "../../platform/api/api-context";
import { sessionQueryOptions } from "../../platform/session/session-query";
import { useAnnounce } from "../../platform/ui/announcer";
import { PageTitle } from "../../platform/ui/PageTitle";
import { useRefreshSession } from "./account.api";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { EnrolSecondFactor } from "./EnrolSecondFactor";

/** The user's own sign-in: change the password, add the second factor. */
export function AccountPage() {
  const { t } = useTranslation("account");
  const api = useApi();
  const announce = useAnnounce();
  const refresh = useRefreshSession();
  const session = useQuery(sessionQueryOptions(api));
  const professional = session.data?.user.kind === "professional";
  return (
    <Stack gap="lg">
      <PageTitle>{t("page.title")}</PageTitle>
      <Paper p="lg" withBorder radius="md" component="section" aria-labelledby="password-title">
        <Title order={2} size="h3" mb="sm" id="password-title">
          {t("password.title")}
        </Title>
        <ChangePasswordForm onChanged={() => announce(t("password.changed"))} />
      </Paper>
      {professional && (
        <Paper p="lg" withBorder radius="md" component="section" aria-labelledby="totp-title">
          <Title order={2} size="h3" mb="sm" id="totp-title">
            {t("secondFactor.title")}
          </Title>
          {session.data?.secondFactor ? (
            <Alert color="green" variant="light">
              <Text>{t("secondFactor.on")}</Text>
            </Alert>
          ) : (
            <EnrolSecondFactor
              onDone={() => {
                void refresh();
                announce(t("secondFactor.enrolled"));
              }}
            />
          )}
        </Paper>
      )}
    </Stack>
  );
}
