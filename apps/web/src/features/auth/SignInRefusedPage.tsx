import type { SignInHelpResponse } from "@kring/contracts";
import { Anchor, Box, Paper, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";
import { PageTitle } from "../../platform/ui/PageTitle";

const route = getRouteApi("/inloggning/nekad");
const REASONS = [
  "unknown_person",
  "inactive_account",
  "provider_disabled",
  "provider_unreachable",
  "no_key",
  "failed",
  "expired",
] as const;
/** Why a SAML answer was refused (saml-response.ts's SamlRefusal): said more precisely. */
const SAML_REASONS = [
  "signature",
  "expired",
  "audience",
  "destination",
  "unsolicited",
  "replayed",
  "cancelled",
  "invalid",
] as const;

/** Where a person the provider vouched for, but Kring could not let in, lands: whom to ask. */
export function SignInRefusedPage() {
  const { t } = useTranslation("auth");
  const api = useApi();
  const { orsak, leverantor, saml } = route.useSearch();
  const reason = REASONS.find((r) => r === orsak) ?? "failed";
  const samlReason = SAML_REASONS.find((r) => r === saml);
  const help = useQuery({
    queryKey: ["auth", "help", leverantor],
    queryFn: () =>
      api.get<z.infer<typeof SignInHelpResponse>>(`/api/auth/providers/${leverantor}/help`),
    enabled: !!leverantor,
  });
  return (
    <Box component="main" id="main" mih="100vh" bg="kring.0" py={{ base: "lg", sm: 64 }} px="md">
      <Paper maw={480} mx="auto" p={{ base: "lg", sm: "xl" }} radius="lg" shadow="sm" withBorder>
        <PageTitle>{t("refused.title")}</PageTitle>
        <Text mb="md">{samlReason ? t(`refused.saml.${samlReason}`) : t(`refused.${reason}`)}</Text>
        {help.data?.contact && (
          <Text mb="md">
            {t("refused.contact")} {help.data.tenantName}: {help.data.contact}
          </Text>
        )}
        <Anchor component={Link} to="/login">
          {t("refused.back")}
        </Anchor>
      </Paper>
    </Box>
  );
}
