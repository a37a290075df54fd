import type { SamlConnection } from "@kring/contracts";
import { TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** What the form holds of a SAML connection (one certificate field; the IdP may publish two). */
export interface SamlDraft {
  metadataUrl: string;
  metadataXml: string;
  idpEntityId: string;
  ssoUrl: string;
  certificate: string;
  /** A second certificate while the IdP rolls its key over: kept as it is, not edited here. */
  otherCertificates: string[];
}

export const samlDraftOf = (c: SamlConnection | null): SamlDraft => ({
  metadataUrl: c?.metadataUrl ?? "",
  metadataXml: c?.metadataXml ?? "",
  idpEntityId: c?.idpEntityId ?? "",
  ssoUrl: c?.ssoUrl ?? "",
  certificate: c?.certificates?.[0] ?? "",
  otherCertificates: c?.certificates?.slice(1) ?? [],
});

/** Only what is filled in is sent: the server reads the metadata and lets typed fields win. */
export function samlConnectionOf(d: SamlDraft): SamlConnection {
  const filled = (s: string) => s.trim() || undefined;
  const certificate = filled(d.certificate);
  return {
    protocol: "saml",
    metadataUrl: filled(d.metadataUrl),
    metadataXml: filled(d.metadataXml),
    idpEntityId: filled(d.idpEntityId),
    ssoUrl: filled(d.ssoUrl),
    certificates: certificate ? [certificate, ...d.otherCertificates] : undefined,
  };
}

/** The IdP by its metadata (address or pasted XML), or by entity id, address and certificate. */
export function SamlFields({
  draft,
  onChange,
}: {
  draft: SamlDraft;
  onChange: (d: SamlDraft) => void;
}) {
  const { t } = useTranslation("signInAdmin");
  const field = (k: Exclude<keyof SamlDraft, "otherCertificates">) => ({
    value: draft[k],
    onChange: (e: { currentTarget: { value: string } }) =>
      onChange({ ...draft, [k]: e.currentTarget.value }),
  });
  return (
    <>
      <TextInput
        label={t("saml.metadataUrl")}
        description={t("saml.metadataHelp")}
        type="url"
        {...field("metadataUrl")}
      />
      <Textarea
        label={t("saml.metadataXml")}
        autosize
        minRows={2}
        maxRows={8}
        {...field("metadataXml")}
      />
      <TextInput label={t("saml.idpEntityId")} {...field("idpEntityId")} />
      <TextInput label={t("saml.ssoUrl")} type="url" {...field("ssoUrl")} />
      <Textarea
        label={t("saml.certificate")}
        autosize
        minRows={2}
        maxRows={8}
        {...field("certificate")}
      />
    </>
  );
}
