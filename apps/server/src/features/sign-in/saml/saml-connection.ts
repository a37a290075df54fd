import { X509Certificate } from "node:crypto";
import type { SamlConnection } from "@kring/contracts";
import { AppError } from "../../../platform/http/errors";
import { MetadataError, parseIdpMetadata } from "./saml-metadata";

// Turns what an administrator entered for a SAML provider into the settings Kring signs in by:
// the metadata is read once here (address or pasted XML), typed-in values win over it, and what
// is still missing or wrong is said in words the administrator can act on. Reading the metadata
// again ("Kontrollera", or saving again) picks up an IdP's new certificate.

export interface SamlSettings {
  metadataUrl: string | null;
  metadataXml: string | null;
  idpEntityId: string;
  ssoUrl: string;
  sloUrl: string | null;
  /** Base64 DER bodies, without PEM armour. */
  certificates: string[];
  /** What the metadata itself publishes (empty without metadata), to compare typed ones with. */
  metadataCertificates: string[];
  authnContext: string | null;
}

const METADATA_TIMEOUT_MS = 10_000;

const refuse = (code: string, sv: string, en: string) => new AppError(400, `saml_${code}`, sv, en);

async function fetchMetadata(url: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(METADATA_TIMEOUT_MS) });
  } catch {
    throw refuse(
      "metadata_unreachable",
      `Identitetsleverantörens metadata kunde inte hämtas från ${url}. Kontrollera adressen och att Kring når den.`,
      `The identity provider's metadata could not be fetched from ${url}. Check the address and that Kring can reach it.`,
    );
  }
  if (!res.ok)
    throw refuse(
      "metadata_unreachable",
      `Identitetsleverantörens metadata kunde inte hämtas: servern svarade ${res.status}.`,
      `The identity provider's metadata could not be fetched: the server answered ${res.status}.`,
    );
  return res.text();
}

const ORDINAL = [
  ["Certifikatet", "The certificate"],
  ["Det andra certifikatet", "The second certificate"],
  ["Det tredje certifikatet", "The third certificate"],
  ["Det fjärde certifikatet", "The fourth certificate"],
];

/**
 * The base64 body of a PEM certificate; refused when it is not an X.509 certificate, naming
 * which one (the IdP's current one, or the next one during a key rollover).
 */
export function certificateBody(text: string, index = 0): string {
  const body = text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "");
  try {
    new X509Certificate(Buffer.from(body, "base64"));
  } catch {
    const [sv, en] = ORDINAL[index] ?? ORDINAL[0]!;
    throw refuse(
      "certificate",
      `${sv} går inte att läsa. Klistra in hela certifikatet (PEM, från -----BEGIN CERTIFICATE-----).`,
      `${en} cannot be read. Paste the whole certificate (PEM, from -----BEGIN CERTIFICATE-----).`,
    );
  }
  return body;
}

/**
 * A requested authentication context is a URI naming a level of assurance or a method, e.g.
 * Sweden Connect's http://id.elegnamnden.se/loa/1.0/loa3 or a SAML class such as
 * urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI (SITHS). Anything else the IdP refuses
 * at every sign-in, so it is refused here, when the administrator can still fix it.
 */
function authnContextOf(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^(https?:\/\/[^\s]+|urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+)$/i.test(text)) return text;
  throw refuse(
    "authn_context",
    "Autentiseringskontexten ska vara en adress (URI), till exempel http://id.elegnamnden.se/loa/1.0/loa3 för tillitsnivå 3 eller urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI för SITHS-kort.",
    "The authentication context must be a URI, e.g. http://id.elegnamnden.se/loa/1.0/loa3 for assurance level 3 or urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI for SITHS cards.",
  );
}

/** What is wrong in the typed-in values alone, told when the provider is saved. */
export function checkSamlInput(input: SamlConnection) {
  authnContextOf(input.authnContext);
  (input.certificates ?? []).forEach(certificateBody);
}

export async function resolveSamlConnection(input: SamlConnection): Promise<SamlSettings> {
  // Checked first: a typo here is the administrator's to fix, whatever the metadata says.
  const authnContext = authnContextOf(input.authnContext);
  const typedCertificates = (input.certificates ?? []).map(certificateBody);
  const xml =
    input.metadataXml?.trim() ||
    (input.metadataUrl ? await fetchMetadata(input.metadataUrl) : null);
  let meta = null;
  if (xml) {
    try {
      meta = parseIdpMetadata(xml, input.idpEntityId);
    } catch (e) {
      if (!(e instanceof MetadataError)) throw e;
      throw refuse(
        "metadata",
        e.message === "several IdPs"
          ? "Metadatan beskriver flera identitetsleverantörer: ange vilken med dess entitets-id."
          : "Metadatan går inte att läsa som SAML-metadata för en identitetsleverantör.",
        e.message === "several IdPs"
          ? "The metadata describes several identity providers: name one by its entity id."
          : "The metadata cannot be read as SAML metadata of an identity provider.",
      );
    }
  }
  const idpEntityId = input.idpEntityId ?? meta?.entityId;
  const ssoUrl = input.ssoUrl ?? meta?.ssoUrl;
  // Typed-in certificates (one, or two while the IdP rolls its key over) win over the metadata's.
  const certificates = typedCertificates.length
    ? typedCertificates
    : (meta?.certificates ?? []).map(certificateBody);
  if (!idpEntityId || !ssoUrl || certificates.length === 0)
    throw refuse(
      "incomplete",
      "Ange identitetsleverantörens metadata, eller dess entitets-id, inloggningsadress (HTTP-Redirect) och signeringscertifikat.",
      "Give the identity provider's metadata, or its entity id, sign-in address (HTTP-Redirect) and signing certificate.",
    );
  return {
    metadataUrl: input.metadataUrl ?? null,
    metadataXml: input.metadataXml?.trim() || null,
    idpEntityId,
    ssoUrl,
    sloUrl: input.sloUrl ?? meta?.sloUrl ?? null,
    certificates,
    metadataCertificates: (meta?.certificates ?? []).map((c) => c.replace(/\s+/g, "")),
    authnContext,
  };
}

/**
 * What would make every sign-in fail although the settings read well: typed-in certificates of
 * which none is among those the IdP's metadata publishes (answers signed with the IdP's key
 * would be refused), or certificates that have all expired. Null when nothing is wrong.
 */
export function certificateProblem(s: SamlSettings, now = new Date()): string | null {
  if (
    s.metadataCertificates.length > 0 &&
    !s.certificates.some((c) => s.metadataCertificates.includes(c))
  )
    return "Inget av certifikaten du har angett finns i IdP:ns metadata, så svar som IdP:n signerar nekas. Klistra in rätt certifikat, eller töm fälten så används metadatans.";
  const until = s.certificates.map(
    (c) => new Date(new X509Certificate(Buffer.from(c, "base64")).validTo),
  );
  if (until.every((d) => d < now))
    return `Signeringscertifikatet gick ut ${until.map((d) => d.toISOString().slice(0, 10)).join(", ")}. Be IdP:n om det nya och klistra in det (eller läs metadatan igen).`;
  return null;
}
