import type { AppDeps } from "../../platform/http/app";
import { protocolOf } from "./protocol-list";
import { providerById } from "./providers";

/** The provider's single logout for a session it opened; null when it offers none or fails. */
export async function providerLogoutUrl(
  deps: AppDeps,
  providerId: string,
  logout: Record<string, unknown> | null,
): Promise<string | null> {
  const provider = await providerById(deps.db, providerId);
  const protocol = provider && protocolOf(provider.protocol);
  if (!provider || !protocol?.logoutUrl) return null;
  try {
    return await protocol.logoutUrl(deps, provider, logout);
  } catch {
    // The session in Kring has ended either way; an IdP that cannot be reached only loses the
    // redirect, and the person is signed out of Kring.
    return null;
  }
}
