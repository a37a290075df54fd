import type { Profile } from "@node-saml/node-saml";

// The person a signed assertion vouches for, in the terms of the sign-in core: the value of the
// attribute that is the key to the account, the groups, a name. The attribute names are the
// ones Swedish IdPs send: the urn:oid names of eduPerson / Skolfederation and of Sweden
// Connect's attribute profile, and the claim URIs of ADFS and Entra ID. An administrator may
// name another attribute for the key and for the groups.

export type SamlUserKey = "email" | "hsa_id" | "eppn" | "personal_number";

export const KEY_ATTRIBUTES: Record<SamlUserKey, string[]> = {
  email: [
    "urn:oid:0.9.2342.19200300.100.1.3",
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
    "mail",
    "email",
  ],
  eppn: ["urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "eduPersonPrincipalName"],
  // Sweden Connect's employeeHsaId; Inera's IdP sends the same.
  hsa_id: ["urn:oid:1.2.752.29.6.2.1", "http://sambi.se/attributes/1/employeeHsaId"],
  // Sweden Connect's personalIdentityNumber (12 digits), as the e-ID brokers send it.
  personal_number: [
    "urn:oid:1.2.752.29.4.13",
    "http://sambi.se/attributes/1/personalIdentityNumber",
  ],
};

export const GROUP_ATTRIBUTES = [
  "http://schemas.microsoft.com/ws/2008/06/identity/claims/groups",
  "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
  "urn:oid:1.3.6.1.4.1.5923.1.5.1.1", // isMemberOf
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.7", // eduPersonEntitlement
];

const DISPLAY_NAME = [
  "urn:oid:2.16.840.1.113730.3.1.241",
  "http://schemas.microsoft.com/identity/claims/displayname",
  "displayName",
];
const GIVEN_NAME = [
  "urn:oid:2.5.4.42",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname",
];
const SURNAME = [
  "urn:oid:2.5.4.4",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname",
];

/** What single logout must name later: the IdP's session of this person. */
export function logoutOf(profile: Profile) {
  return {
    nameId: profile.nameID,
    nameIdFormat: profile.nameIDFormat ?? null,
    sessionIndex: profile.sessionIndex ?? null,
  };
}

function values(attributes: Record<string, unknown>, names: string[]): string[] {
  for (const name of names) {
    const v = attributes[name];
    const list = (Array.isArray(v) ? v : [v]).filter(
      (x): x is string => typeof x === "string" && x.trim() !== "",
    );
    if (list.length) return list.map((x) => x.trim());
  }
  return [];
}

/**
 * The assertion's attributes by name, with each usual attribute also under the one name the core
 * looks for (the first of each list above; displayName, mail, givenName, sn), taken from
 * whichever of its names the IdP sent.
 */
export function samlAttributes(profile: Profile): Record<string, unknown> {
  const raw = { ...((profile.attributes ?? {}) as Record<string, unknown>) };
  const alias = (names: string[], as: string) => {
    const found = values(raw, names);
    if (found.length && raw[as] === undefined) raw[as] = found;
  };
  for (const names of Object.values(KEY_ATTRIBUTES)) alias(names, names[0]!);
  alias(GROUP_ATTRIBUTES, GROUP_ATTRIBUTES[0]!);
  alias(DISPLAY_NAME, "displayName");
  alias(KEY_ATTRIBUTES.email, "mail");
  alias(GIVEN_NAME, "givenName");
  alias(SURNAME, "sn");
  return raw;
}
