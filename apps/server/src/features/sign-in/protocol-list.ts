import type { Provider } from "./providers";
import type { SignInProtocol } from "./protocols";
import { oidcProtocol } from "./oidc/oidc.protocol";
import { samlProtocol } from "./saml/saml.protocol";

// Every protocol Kring signs in with.
const PROTOCOLS: SignInProtocol[] = [oidcProtocol, samlProtocol];

export function protocolOf(protocol: Provider["protocol"]): SignInProtocol | undefined {
  return PROTOCOLS.find((p) => p.protocol === protocol);
}
