import type { PendingStep } from "@kring/contracts";
import { Box, Button, Group, Paper, Text } from "@mantine/core";
import { getRouteApi, useRouter } from "@tanstack/react-router";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useApi } from "../../platform/api/api-context";
import { LanguageSwitch } from "../../platform/i18n/LanguageSwitch";
import { sessionQueryOptions } from "../../platform/session/session-query";
import { PageTitle } from "../../platform/ui/PageTitle";
import { useLogout } from "../auth/use-logout";
import { safeRedirect } from "../auth/login-search";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { EnrolSecondFactor } from "./EnrolSecondFactor";
import { SecondFactorForm } from "./SecondFactorForm";

const route = getRouteApi("/login/step");

/** What a session opened by password must do first: the second factor, a new password, enrol. */
export function SignInStepPage() {
  const { t } = useTranslation("account");
  const api = useApi();
  const router = useRouter();
  const search = route.useSearch();
  const logout = useLogout();
  const session = useQuery(sessionQueryOptions(api));
  const step: PendingStep | null | undefined = session.data?.pending;
  const next = () => router.history.push(safeRedirect(search.redirect));

  return (
    <Box component="main" id="main" mih="100vh" bg="kring.0" py={{ base: "lg", sm: 64 }} px="md">
      <Paper maw={480} mx="auto" p={{ base: "lg", sm: "xl" }} radius="lg" shadow="sm" withBorder>
        <Group justify="space-between" align="center" mb="lg">
          <Text fw={800} fz={28} c="kring.8" lh={1}>
            Kring
          </Text>
          <LanguageSwitch />
        </Group>
        {step && (
          <>
            <PageTitle>{t(`steps.${step}.title`)}</PageTitle>
            <Text mb="lg">{t(`steps.${step}.intro`)}</Text>
          </>
        )}
        {step === "second_factor" && <SecondFactorForm onPassed={next} />}
        {step === "change_password" && <ChangePasswordForm onChanged={next} />}
        {step === "enrol_second_factor" && <EnrolSecondFactor onDone={next} />}
        <Button variant="subtle" mt="lg" onClick={() => logout.mutate()} loading={logout.isPending}>
          {t("steps.cancel")}
        </Button>
      </Paper>
    </Box>
  );
}
