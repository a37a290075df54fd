import { z } from "zod";
import { FreeText, RawText, Text, WebLink } from "./input";

// How Kring reaches a SAML 2.0 identity provider (issue 19.1-2): the IdP's metadata by address or
// as pasted XML, or its entity id, sign-in address and signing certificates typed in. What is
// typed in wins over the metadata; at least one of them must name the IdP (checked when saved,
// features/sign-in/saml/saml-connection.ts, where the metadata is read).

/** One PEM certificate (or its base64 body), as the IdP publishes its signing key. */
const Certificate = RawText(20_000);

export const SamlConnection = z.object({
  protocol: z.literal("saml"),
  /** The IdP's metadata address (read when saved and by "Kontrollera"). */
  metadataUrl: WebLink.optional(),
  /** The IdP's metadata, pasted (an IdP on a closed network, or a metadata file from the broker). */
  metadataXml: RawText(500_000).optional(),
  idpEntityId: Text(500).optional(),
  /** Single sign-on service, HTTP-Redirect binding. */
  ssoUrl: WebLink.optional(),
  /** Single logout service, HTTP-Redirect binding; none: signing out ends Kring's session only. */
  sloUrl: WebLink.optional(),
  /** The IdP's signing certificates (two while it rolls its key over). */
  certificates: z.array(Certificate).max(4).optional(),
  /** Requested authentication context, e.g. Sweden Connect's http://id.elegnamnden.se/loa/1.0/loa3. */
  authnContext: FreeText(500).optional(),
});
export type SamlConnection = z.infer<typeof SamlConnection>;

/** What an administrator reads back: nothing of it is secret (Kring's own key is apart). */
export const SamlConnectionView = SamlConnection;
