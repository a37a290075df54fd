import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { usePageTexts } from "../../../platform/i18n/page-texts";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { useDocumentTitle } from "../../../platform/ui/use-document-title";
import { GroupMappingEditor } from "./GroupMappingEditor";
import { ProviderForm } from "./ProviderForm";
import { SignInSettingsForm } from "./SignInSettingsForm";
import { type Provider, useCheckProvider, useSignInAdmin } from "./sign-in.api";
import { signInAdminEn } from "./sign-in.en";
import { signInAdminSv } from "./sign-in.sv";

/** Administration → Inloggning: the tenant's identity providers and sign-in switches (ADR 0039). */
export function SignInAdminPage() {
  usePageTexts("signInAdmin", signInAdminSv, signInAdminEn);
  const { t } = useTranslation(["admin", "signInAdmin", "common"]);
  useDocumentTitle(t("admin:sections.signIn"), t("admin:title"));
  const admin = useSignInAdmin();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="sign-in-title">
      <Title order={2} id="sign-in-title" mb="xs">
        {t("admin:sections.signIn")}
      </Title>
      <Text mb="md" maw={720}>
        {t("signInAdmin:intro")}
      </Text>
      {admin.isPending ? (
        <Loader aria-label={t("common:loading")} />
      ) : admin.isError ? (
        <ProblemAlert error={admin.error} />
      ) : (
        <Stack gap="lg" maw={760}>
          <SignInSettingsForm settings={admin.data} />
          <Title order={3}>{t("signInAdmin:providers")}</Title>
          {admin.data.providers.length === 0 && <Text>{t("signInAdmin:none")}</Text>}
          {admin.data.providers.map((p) => (
            <ProviderCard key={p.id} provider={p} />
          ))}
          {adding ? (
            <ProviderForm provider={null} onDone={() => setAdding(false)} />
          ) : (
            <div>
              <Button onClick={() => setAdding(true)}>{t("signInAdmin:add")}</Button>
            </div>
          )}
        </Stack>
      )}
    </section>
  );
}

function ProviderCard({ provider }: { provider: Provider }) {
  const { t } = useTranslation("signInAdmin");
  const [editing, setEditing] = useState(false);
  const check = useCheckProvider(provider.id);
  if (editing) return <ProviderForm provider={provider} onDone={() => setEditing(false)} />;
  return (
    <Paper p="lg" withBorder radius="md" component="article" aria-label={provider.displayName}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{provider.displayName}</Title>
        {/* Outline in dark shades: the light green badge failed contrast (3.8:1, axe). */}
        <Badge color={provider.enabled ? "kring.8" : "gray.7"} variant="outline">
          {provider.enabled ? t("enabled") : t("disabled")}
        </Badge>
      </Group>
      <Text size="sm">
        {t(`audiences.${provider.audience}`)} · {t(`keys.${provider.userKey}`)} ·{" "}
        {provider.connection.protocol === "oidc" ? provider.connection.issuer : "SAML"}
      </Text>
      {provider.secretsSet.includes("clientSecret") && <Text size="sm">{t("secretSet")}</Text>}
      <Text size="sm" style={{ wordBreak: "break-all" }}>
        {t("returnUrl", { url: provider.returnUrl })}
      </Text>
      {provider.connection.protocol === "saml" && (
        <Text size="sm" style={{ wordBreak: "break-all" }}>
          {/* The SP's addresses share one base: …/saml/<id>/acs and …/saml/<id>/metadata. */}
          {t("saml.spMetadata", { url: provider.returnUrl.replace(/\/acs$/, "/metadata") })}
        </Text>
      )}
      {provider.trouble && (
        <Alert
          mt="sm"
          color="red"
          variant="light"
          title={t("trouble.title", { count: provider.trouble.count })}
        >
          {t(`trouble.${provider.trouble.reason}`)}{" "}
          {t("trouble.last", {
            at: new Intl.DateTimeFormat("sv-SE", {
              dateStyle: "short",
              timeStyle: "short",
              timeZone: "Europe/Stockholm",
            }).format(new Date(provider.trouble.lastAt)),
          })}
        </Alert>
      )}
      <Group mt="sm">
        <Button variant="default" onClick={() => setEditing(true)}>
          {t("edit")}
        </Button>
        <Button variant="default" loading={check.isPending} onClick={() => check.mutate()}>
          {t("check")}
        </Button>
      </Group>
      {check.data && (
        <Alert mt="sm" color={check.data.ok ? "green" : "red"} variant="light" role="status">
          {check.data.message}
        </Alert>
      )}
      <ProblemAlert error={check.error} />
      {provider.audience === "staff" && <GroupMappingEditor provider={provider} />}
    </Paper>
  );
}
