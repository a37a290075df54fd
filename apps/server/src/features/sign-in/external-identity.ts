/**
 * A person as a protocol verified them: the provider, the value of the provider's key (e-mail,
 * HSA-id, eduPersonPrincipalName or personal identity number) and what else was said about them.
 */
export interface ExternalIdentity {
  providerId: string;
  key: string;
  displayName: string | null;
  email: string | null;
  groups: string[];
  /** What single logout at the provider needs later (SAML: name id, session index). */
  logout?: Record<string, unknown> | null;
}

/** Why a verified person gets no session; the page the browser lands on tells them whom to ask. */
export type Refusal =
  | "unknown_person"
  | "provider_disabled"
  | "inactive_account"
  | "no_key"
  | "failed"
  | "expired"
  | "provider_unreachable";

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
const first = (v: unknown) => text(Array.isArray(v) ? v[0] : v);

/**
 * The identity from what a protocol verified (OIDC claims, SAML attributes by name): the key from
 * the provider's key claim, the groups from its groups claim, each the protocol's usual one when
 * the administrator named none. No key: the person cannot be matched.
 */
export function identityFromAttributes(
  provider: { id: string; keyClaim: string | null; groupsClaim: string | null },
  defaults: { keyClaim: string; groupsClaim: string },
  attributes: Record<string, unknown>,
  logout?: Record<string, unknown> | null,
): ExternalIdentity | "no_key" {
  const key = first(attributes[provider.keyClaim || defaults.keyClaim]);
  if (!key) return "no_key";
  const rawGroups = attributes[provider.groupsClaim || defaults.groupsClaim];
  const groups = (Array.isArray(rawGroups) ? rawGroups : [rawGroups])
    .map(text)
    .filter((g): g is string => g !== null);
  const given = first(attributes.given_name ?? attributes.givenName);
  const family = first(attributes.family_name ?? attributes.sn);
  return {
    providerId: provider.id,
    key,
    displayName:
      first(attributes.name ?? attributes.displayName) ??
      ([given, family].filter(Boolean).join(" ") || null),
    email: first(attributes.email ?? attributes.mail),
    groups,
    logout: logout ?? null,
  };
}
