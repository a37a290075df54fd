import { z } from "zod";
import { ProfessionalRole } from "./common";
import { SamlConnection, SamlConnectionView } from "./saml";
import { FreeText, Int, RawText, Text, WebLink, atLeastOneField } from "./input";

// Sign-in through the tenant's identity providers (issue 19.1-2): staff by the municipality's or
// region's IdP, families with Swedish e-ID through a broker, by OpenID Connect or SAML 2.0.

export const ProviderAudience = z.enum(["staff", "family"]);
export const ProviderProtocol = z.enum(["oidc", "saml"]);
/** The person's identifier that finds the account; families are always found by their number. */
export const ProviderUserKey = z.enum(["email", "hsa_id", "eppn", "personal_number"]);

/**
 * How Kring reaches the provider, one shape per protocol. Secret fields (clientSecret) are only
 * written: absent keeps the stored one, "" removes it; reads say which are set (`secretsSet`).
 */
export const OidcConnection = z.object({
  protocol: z.literal("oidc"),
  /** The issuer; its /.well-known/openid-configuration is read from here. */
  issuer: WebLink,
  clientId: Text(500),
  clientSecret: RawText(4000).optional(),
  /** Scopes besides openid, space-separated (e.g. "profile email"). */
  scopes: FreeText(500).optional(),
});
export const OidcConnectionView = OidcConnection.omit({ clientSecret: true });

// SAML 2.0 adds its own member to each union (features/sign-in/saml).
export const ProviderConnection = z.discriminatedUnion("protocol", [
  OidcConnection,
  SamlConnection,
]);
export const ProviderConnectionView = z.discriminatedUnion("protocol", [
  OidcConnectionView,
  SamlConnectionView,
]);

/** One line of the administrator's mapping: members of the group get the role in the unit. */
export const ProviderGroup = z.object({
  group: Text(500),
  unitId: z.uuid(),
  role: ProfessionalRole,
});

export const ProviderBody = z.object({
  displayName: Text(100),
  audience: ProviderAudience,
  userKey: ProviderUserKey,
  /** The claim or attribute with the key; null: the protocol's usual one for the key. */
  keyClaim: FreeText(300).nullable(),
  groupsClaim: FreeText(300).nullable(),
  createUnknownStaff: z.boolean(),
  enabled: z.boolean(),
  connection: ProviderConnection,
});

export const ProviderView = ProviderBody.omit({ connection: true }).extend({
  id: z.uuid(),
  protocol: ProviderProtocol,
  connection: ProviderConnectionView,
  /** Secret fields that hold a value (never the value). */
  secretsSet: z.array(z.string()),
  groups: z.array(ProviderGroup),
  /** Where the provider sends the person back: to register at the provider. */
  returnUrl: z.string(),
  /**
   * Sign-ins refused in the last day for a reason in the settings, not the person (a signature
   * the certificates do not prove, another audience, an unreachable provider, the key missing
   * from the answer): how many, the newest one's reason and when. Null when there were none.
   */
  trouble: z
    .object({
      count: z.number().int(),
      reason: z.enum(["signature", "audience", "destination", "provider_unreachable", "no_key"]),
      lastAt: z.string(),
    })
    .nullable(),
});
export type ProviderView = z.infer<typeof ProviderView>;

export const ProviderGroupsBody = z.object({ groups: z.array(ProviderGroup).max(500) });

export const SignInSettings = z.object({
  /** Staff may sign in with a password; off: only through the tenant's staff provider. */
  staffPasswordSignIn: z.boolean(),
  /** From this age a child signs in with e-ID to their own family view; null: children do not. */
  childSignInFromAge: Int(10, 18).nullable(),
  /** Whom a person Kring does not know should contact (shown on the refusal page). */
  contact: FreeText(1000).nullable(),
});
export const SignInSettingsBody = atLeastOneField(SignInSettings.partial());

export const SignInAdminResponse = SignInSettings.extend({ providers: z.array(ProviderView) });

export const ProviderCheckResponse = z.object({ ok: z.boolean(), message: z.string() });

/** What the sign-in page offers: the enabled providers (no settings). */
export const SignInOption = z.object({
  id: z.uuid(),
  displayName: z.string(),
  audience: ProviderAudience,
  tenantName: z.string(),
});
export const SignInOptionsResponse = z.object({ providers: z.array(SignInOption) });

/** The refusal page: whom to contact, of the provider's tenant. */
export const SignInHelpResponse = z.object({
  tenantName: z.string(),
  contact: z.string().nullable(),
});

export const SignInStartQuery = z.object({
  /** A path inside Kring to go to after signing in. */
  returnTo: FreeText(500).optional(),
});

export const LogoutResponse = z.object({
  ok: z.literal(true),
  /** The provider's single logout, where the browser goes next; null: none. */
  redirect: z.string().nullable(),
});
