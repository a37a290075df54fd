import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppDeps } from "../../platform/http/app";
import type { ProviderUserKey } from "../../platform/db/tables/sign-in";
import type { Provider } from "./providers";

// The seam between the protocol-neutral core and each protocol (ADR 0039). A protocol proves who
// the person is and hands a verified ExternalIdentity to finishSignIn (finish.ts); it never
// looks for accounts. It registers itself in PROTOCOLS (protocol-list.ts).

export interface SignInProtocol {
  protocol: Provider["protocol"];
  /** Fields of the connection that are secrets: stored apart, never read back. */
  secretFields: readonly string[];
  /** The claim or attribute that usually holds the key, when the administrator named none. */
  defaultKeyClaim(userKey: ProviderUserKey): string;
  /** The usual claim or attribute with the person's groups. */
  defaultGroupsClaim: string;
  /** Where the provider sends the person back (shown to the administrator to register). */
  returnUrl(deps: AppDeps, provider: Provider): string;
  /** Sends the browser to the provider (an attempt is begun with attempts.ts). */
  start(
    deps: AppDeps,
    provider: Provider,
    request: FastifyRequest,
    reply: FastifyReply,
    returnTo: string,
  ): Promise<unknown>;
  /** The provider's single logout for a session it opened; null: it offers none. */
  logoutUrl?(
    deps: AppDeps,
    provider: Provider,
    logout: Record<string, unknown> | null,
  ): Promise<string | null>;
  /**
   * What can be told wrong without reaching the provider (a certificate that is none, a
   * malformed value), thrown as a problem when the administrator saves.
   */
  validate?(connection: Record<string, unknown>): void;
  /** Reaches the provider with the settings, so that a wrong one is told at once. */
  check?(deps: AppDeps, provider: Provider): Promise<{ ok: boolean; message: string }>;
}
