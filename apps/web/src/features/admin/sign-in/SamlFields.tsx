import type { SamlConnection } from "@kring/contracts";
import { TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * What the form holds of a SAML connection: the IdP's signing certificate and, while it rolls
 * its key over, the next one (an assertion signed by either is accepted); its single logout
 * address; the authentication context Kring asks for (a level of assurance, SITHS).
 */
export interface SamlDraft {
  metadataUrl: string;
  metadataXml: string;
  idpEntityId: string;
  ssoUrl: string;
  sloUrl: string;
  certificate: string;
  secondCertificate: string;
  authnContext: string;
}

export const samlDraftOf = (c: SamlConnection | null): SamlDraft => ({
  metadataUrl: c?.metadataUrl ?? "",
  metadataXml: c?.metadataXml ?? "",
  idpEntityId: c?.idpEntityId ?? "",
  ssoUrl: c?.ssoUrl ?? "",
  sloUrl: c?.sloUrl ?? "",
  certificate: c?.certificates?.[0] ?? "",
  secondCertificate: c?.certificates?.[1] ?? "",
  authnContext: c?.authnContext ?? "",
});

/** Only what is filled in is sent: the server reads the metadata and lets typed fields win. */
export function samlConnectionOf(d: SamlDraft): SamlConnection {
  const filled = (s: string) => s.trim() || undefined;
  const certificates = [d.certificate, d.secondCertificate].map((c) => c.trim()).filter(Boolean);
  return {
    protocol: "saml",
    metadataUrl: filled(d.metadataUrl),
    metadataXml: filled(d.metadataXml),
    idpEntityId: filled(d.idpEntityId),
    ssoUrl: filled(d.ssoUrl),
    sloUrl: filled(d.sloUrl),
    certificates: certificates.length ? certificates : undefined,
    authnContext: filled(d.authnContext),
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
  const field = (k: keyof SamlDraft) => ({
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
      <TextInput
        label={t("saml.sloUrl")}
        description={t("saml.sloHelp")}
        type="url"
        {...field("sloUrl")}
      />
      <Textarea
        label={t("saml.certificate")}
        autosize
        minRows={2}
        maxRows={8}
        {...field("certificate")}
      />
      <Textarea
        label={t("saml.secondCertificate")}
        description={t("saml.secondCertificateHelp")}
        autosize
        minRows={2}
        maxRows={8}
        {...field("secondCertificate")}
      />
      <TextInput
        label={t("saml.authnContext")}
        description={t("saml.authnContextHelp")}
        {...field("authnContext")}
      />
    </>
  );
}
