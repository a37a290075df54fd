import type { SignInOptionsResponse } from "@kring/contracts";
import { Button, Divider, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { useApi } from "../../platform/api/api-context";

/**
 * "Logga in med …" for each enabled identity provider, and "Logga in med e-legitimation" for
 * families (ADR 0039). Plain links: the browser leaves Kring for the provider and comes back.
 */
export function ProviderButtons({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation("auth");
  const api = useApi();
  const { data } = useQuery({
    queryKey: ["auth", "providers"],
    queryFn: () => api.get<z.infer<typeof SignInOptionsResponse>>("/api/auth/providers"),
  });
  const providers = data?.providers ?? [];
  if (providers.length === 0) return null;
  const href = (id: string) =>
    `/api/auth/providers/${id}/start?returnTo=${encodeURIComponent(returnTo)}`;
  const family = providers.filter((p) => p.audience === "family");
  return (
    <Stack gap="sm" mb="lg">
      {providers
        .filter((p) => p.audience === "staff")
        .map((p) => (
          <Button key={p.id} component="a" href={href(p.id)} size="md" fullWidth>
            {t("providers.staff", { name: p.displayName })}
          </Button>
        ))}
      {family.map((p) => (
        <Button key={p.id} component="a" href={href(p.id)} size="md" variant="light" fullWidth>
          {family.length > 1
            ? t("providers.staff", { name: p.displayName })
            : t("providers.family")}
        </Button>
      ))}
      {family.length > 0 && <Text size="sm">{t("providers.familyHint")}</Text>}
      <Divider label={t("providers.or")} labelPosition="center" />
    </Stack>
  );
}
