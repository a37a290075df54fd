import { DOMParser } from "@xmldom/xmldom";
import { type Profile, type SAML as SamlClient, SamlStatusError } from "@node-saml/node-saml";
import { AppError } from "../../../platform/http/errors";
import { CLOCK_SKEW_MS } from "./saml-client";

// The assertion consumer's checks (ADR 0039). node-saml proves the signature (the assertion must
// be signed by a certificate the administrator trusts; one assertion only, no wrapping), the
// audience (Kring's entity id at this provider), NotBefore/NotOnOrAfter with a minute's skew, and
// the issuer. What it leaves to us, checked here on the signed assertion: that the response was
// meant for this address (Destination, SubjectConfirmationData Recipient), and which request it
// answers (InResponseTo): unsolicited responses are refused, and the request id is then taken
// once from the database by the caller, so a response cannot be played again on any server.

const ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
const SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";

/** Why a response was refused: the code is audited, the text shown. */
export type SamlRefusal =
  | "signature"
  | "expired"
  | "audience"
  | "destination"
  | "unsolicited"
  | "replayed"
  | "cancelled"
  | "invalid";

// The person reads why on the refusal page (`&saml=<reason>`, its texts in the web's auth texts);
// this error only carries the reason from the checks to the route that redirects there.
export class SamlRefused extends AppError {
  constructor(readonly reason: SamlRefusal) {
    super(401, `saml_${reason}`, "Inloggningen godtogs inte.", "The sign-in was not accepted.");
  }
}

/** node-saml says what failed only in words; these are its words (lib/saml.js). */
function reasonOf(e: unknown): SamlRefusal {
  if (e instanceof SamlStatusError) return "cancelled";
  const m = e instanceof Error ? e.message : "";
  if (/signature/i.test(m)) return "signature";
  if (/expired|not yet valid|NotBefore|NotOnOrAfter/i.test(m)) return "expired";
  if (/audience/i.test(m)) return "audience";
  if (/issuer/i.test(m)) return "signature";
  return "invalid";
}

function parse(xml: string): Element | null {
  try {
    return new DOMParser().parseFromString(xml, "text/xml").documentElement ?? null;
  } catch {
    return null;
  }
}

/** The bearer confirmation of the signed assertion: where it may be used, for which request. */
function confirmationOf(assertionXml: string) {
  const assertion = parse(assertionXml);
  const data = assertion
    ? Array.from(assertion.getElementsByTagNameNS(ASSERTION, "SubjectConfirmationData"))
    : [];
  return data.map((d) => ({
    recipient: d.getAttribute("Recipient"),
    inResponseTo: d.getAttribute("InResponseTo"),
    notOnOrAfter: Date.parse(d.getAttribute("NotOnOrAfter") ?? ""),
  }));
}

export interface CheckedResponse {
  profile: Profile;
  /** The AuthnRequest this answers, still to be taken once from the attempts. */
  requestId: string;
}

export async function checkSamlResponse(
  client: SamlClient,
  samlResponse: string,
  expected: { acsUrl: string; idpEntityId: string },
): Promise<CheckedResponse> {
  const { acsUrl } = expected;
  let profile: Profile | null;
  try {
    ({ profile } = await client.validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (e) {
    throw new SamlRefused(reasonOf(e));
  }
  if (!profile) throw new SamlRefused("cancelled");
  if (profile.issuer !== expected.idpEntityId) throw new SamlRefused("signature");
  const response = parse(Buffer.from(samlResponse, "base64").toString("utf8"));
  if (response?.namespaceURI !== SAMLP || response.localName !== "Response")
    throw new SamlRefused("invalid");
  const destination = response.getAttribute("Destination");
  if (destination && destination !== acsUrl) throw new SamlRefused("destination");
  const bearer = confirmationOf(profile.getAssertionXml?.() ?? "");
  if (bearer.length === 0 || bearer.some((b) => b.recipient !== acsUrl))
    throw new SamlRefused("destination");
  // node-saml checks the confirmation's time only together with its own InResponseTo cache.
  if (bearer.some((b) => !(b.notOnOrAfter + CLOCK_SKEW_MS > Date.now())))
    throw new SamlRefused("expired");
  const requestId = bearer[0]!.inResponseTo;
  const envelopeId = response.getAttribute("InResponseTo");
  if (!requestId || bearer.some((b) => b.inResponseTo !== requestId))
    throw new SamlRefused("unsolicited");
  if (envelopeId && envelopeId !== requestId) throw new SamlRefused("unsolicited");
  return { profile, requestId };
}
