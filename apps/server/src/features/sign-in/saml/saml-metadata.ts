import { DOMParser } from "@xmldom/xmldom";

// Reads what Kring needs from a SAML IdP's metadata (SAML 2.0 metadata, the file ADFS, Entra ID,
// Inera's IdP, Skolfederation and Sweden Connect's brokers publish): its entity id, where to send
// the person (HTTP-Redirect binding), where to sign out, and the certificates it signs with.
// xmldom resolves no external entities, so a hostile metadata file cannot read local files.

const MD = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS = "http://www.w3.org/2000/09/xmldsig#";
export const REDIRECT_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export interface IdpMetadata {
  entityId: string;
  ssoUrl: string | null;
  sloUrl: string | null;
  certificates: string[];
}

export class MetadataError extends Error {}

const children = (el: Element, ns: string, name: string): Element[] =>
  Array.from(el.getElementsByTagNameNS(ns, name));

function locationOf(idp: Element, service: string): string | null {
  const redirect = children(idp, MD, service).find(
    (s) => s.getAttribute("Binding") === REDIRECT_BINDING,
  );
  return redirect?.getAttribute("Location") || null;
}

function signingCertificates(idp: Element): string[] {
  return children(idp, MD, "KeyDescriptor")
    .filter((k) => (k.getAttribute("use") ?? "signing") === "signing")
    .flatMap((k) => children(k, DS, "X509Certificate"))
    .map((c) => (c.textContent ?? "").replace(/\s+/g, ""))
    .filter(Boolean);
}

/**
 * The IdP in a metadata document: an EntityDescriptor, or the one with an IDPSSODescriptor in
 * an aggregate (EntitiesDescriptor, as federations publish), chosen by `entityId` when several.
 */
export function parseIdpMetadata(xml: string, entityId?: string): IdpMetadata {
  let doc;
  try {
    doc = new DOMParser().parseFromString(xml, "text/xml");
  } catch {
    throw new MetadataError("not XML");
  }
  const entities = Array.from(doc.getElementsByTagNameNS(MD, "EntityDescriptor")).filter(
    (e) => children(e, MD, "IDPSSODescriptor").length > 0,
  );
  const chosen = entityId
    ? entities.find((e) => e.getAttribute("entityID") === entityId)
    : entities.length === 1
      ? entities[0]
      : undefined;
  if (!chosen) throw new MetadataError(entities.length ? "several IdPs" : "no IdP");
  const idp = children(chosen, MD, "IDPSSODescriptor")[0]!;
  return {
    entityId: chosen.getAttribute("entityID") ?? "",
    ssoUrl: locationOf(idp, "SingleSignOnService"),
    sloUrl: locationOf(idp, "SingleLogoutService"),
    certificates: signingCertificates(idp),
  };
}
