import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "../../../platform/ui/announcer";
import { ProblemAlert } from "../../../platform/ui/ProblemAlert";
import { SamlFields, samlConnectionOf, samlDraftOf } from "./SamlFields";
import { type Provider, type ProviderInput, useSaveProvider } from "./sign-in.api";

const STAFF_KEYS = ["email", "hsa_id", "eppn"] as const;

/** Adds or changes an OpenID Connect or SAML provider; a secret is only written, never shown. */
export function ProviderForm({
  provider,
  onDone,
}: {
  provider: Provider | null;
  onDone: () => void;
}) {
  const { t } = useTranslation("signInAdmin");
  const save = useSaveProvider(provider?.id ?? null);
  const announce = useAnnounce();
  const oidc = provider?.connection.protocol === "oidc" ? provider.connection : null;
  const [saml, setSaml] = useState(
    samlDraftOf(provider?.connection.protocol === "saml" ? provider.connection : null),
  );
  const [v, setV] = useState({
    protocol: provider?.connection.protocol ?? "oidc",
    displayName: provider?.displayName ?? "",
    audience: provider?.audience ?? "staff",
    userKey: provider?.userKey ?? "email",
    issuer: oidc?.issuer ?? "",
    clientId: oidc?.clientId ?? "",
    clientSecret: "",
    scopes: oidc?.scopes ?? "",
    keyClaim: provider?.keyClaim ?? "",
    groupsClaim: provider?.groupsClaim ?? "",
    createUnknownStaff: provider?.createUnknownStaff ?? false,
    enabled: provider?.enabled ?? false,
  });
  const text = (k: keyof typeof v) => ({
    value: String(v[k]),
    onChange: (e: { currentTarget: { value: string } }) =>
      setV({ ...v, [k]: e.currentTarget.value }),
  });
  const family = v.audience === "family";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: ProviderInput = {
      displayName: v.displayName,
      audience: v.audience,
      userKey: family ? "personal_number" : v.userKey,
      keyClaim: v.keyClaim.trim() || null,
      groupsClaim: v.groupsClaim.trim() || null,
      createUnknownStaff: !family && v.createUnknownStaff,
      enabled: v.enabled,
      connection:
        v.protocol === "saml"
          ? samlConnectionOf(saml)
          : {
              protocol: "oidc",
              issuer: v.issuer,
              clientId: v.clientId,
              ...(v.clientSecret ? { clientSecret: v.clientSecret } : {}),
              ...(v.scopes.trim() ? { scopes: v.scopes.trim() } : {}),
            },
    };
    save.mutate(body, {
      onSuccess: () => {
        announce(t("form.saved"));
        onDone();
      },
    });
  };
  const titleId = `provider-form-${provider?.id ?? "new"}`;
  return (
    <Paper p="lg" withBorder radius="md" component="section" aria-labelledby={titleId}>
      <Title order={3} id={titleId} mb="sm">
        {provider ? provider.displayName : t("add")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t("form.displayName")} required {...text("displayName")} />
          <NativeSelect
            label={t("form.audience")}
            data={[
              { value: "staff", label: t("audiences.staff") },
              { value: "family", label: t("audiences.family") },
            ]}
            {...text("audience")}
          />
          {!family && (
            <NativeSelect
              label={t("form.userKey")}
              data={STAFF_KEYS.map((k) => ({ value: k, label: t(`keys.${k}`) }))}
              {...text("userKey")}
            />
          )}
          {!provider && (
            <NativeSelect
              label={t("form.protocol")}
              data={[
                { value: "oidc", label: "OpenID Connect" },
                { value: "saml", label: "SAML 2.0" },
              ]}
              {...text("protocol")}
            />
          )}
          {v.protocol === "saml" ? (
            <SamlFields draft={saml} onChange={setSaml} />
          ) : (
            <>
              <TextInput label={t("form.issuer")} required type="url" {...text("issuer")} />
              <TextInput label={t("form.clientId")} required {...text("clientId")} />
              <PasswordInput
                label={t("form.clientSecret")}
                description={
                  provider?.secretsSet.includes("clientSecret")
                    ? t("form.clientSecretKeep")
                    : undefined
                }
                autoComplete="new-password"
                {...text("clientSecret")}
              />
              <TextInput label={t("form.scopes")} {...text("scopes")} />
            </>
          )}
          <TextInput
            label={v.protocol === "saml" ? t("saml.keyAttribute") : t("form.keyClaim")}
            {...text("keyClaim")}
          />
          {!family && (
            <TextInput
              label={v.protocol === "saml" ? t("saml.groupsAttribute") : t("form.groupsClaim")}
              {...text("groupsClaim")}
            />
          )}
          {!family && (
            <Checkbox
              label={t("form.createUnknownStaff")}
              checked={v.createUnknownStaff}
              onChange={(e) => setV({ ...v, createUnknownStaff: e.currentTarget.checked })}
            />
          )}
          <Checkbox
            label={t("form.enabled")}
            checked={v.enabled}
            onChange={(e) => setV({ ...v, enabled: e.currentTarget.checked })}
          />
          <ProblemAlert error={save.error} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("save")}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t("cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
