import type { Messages } from "../../../platform/i18n/messages";
import type { signInAdminSv } from "./sign-in.sv";

export const signInAdminEn: Messages<typeof signInAdminSv> = {
  intro:
    "Connect Kring to the municipality's identity provider for staff and to an e-ID broker for families (OpenID Connect or SAML). Secrets are never shown again once saved.",
  settings: "Sign-in settings",
  staffPasswords: "Staff may log in with a password",
  staffPasswordsHelp:
    "Switch off once the staff identity provider works. Family passwords remain for demo and tests.",
  childAge: "Children log in with e-ID from age",
  childAgeHelp: "Empty: children do not log in themselves.",
  contact: "Whom should someone not recognised contact?",
  contactHelp: "Shown to someone who signed in but whom Kring does not recognise.",
  save: "Save",
  saved: "The settings are saved.",
  providers: "Identity providers",
  none: "No identity providers yet.",
  add: "Add identity provider",
  edit: "Edit",
  cancel: "Cancel",
  check: "Check",
  enabled: "On",
  disabled: "Off",
  audiences: { staff: "Staff", family: "Families (e-ID)" },
  keys: {
    email: "E-mail address",
    hsa_id: "HSA id",
    eppn: "eduPersonPrincipalName",
    personal_number: "Personal identity number",
  },
  returnUrl: "Return address to register with the provider: {{url}}",
  secretSet: "Client secret saved",
  trouble: {
    title_one: "One sign-in was refused in the last day because of the settings",
    title_other: "{{count}} sign-ins were refused in the last day because of the settings",
    signature:
      "The answer was not signed with any certificate you have given. Has the IdP rolled its key over? Add its new certificate (as the next signing certificate) or read the metadata again.",
    audience:
      "The answer was meant for another service. Check that the IdP has Kring's metadata address as entity id.",
    destination:
      "The answer was sent to another address. Check that the IdP has Kring's consumer address.",
    provider_unreachable:
      "Kring did not reach the identity provider. Check the address and that Kring can reach it (Check).",
    no_key:
      "The answer lacked the attribute with the key. Check the attribute name, or ask the IdP to release it to Kring.",
    last: "Latest {{at}}.",
  },
  saml: {
    metadataUrl: "IdP metadata address",
    metadataHelp:
      "Give the metadata (address or pasted XML) or the entity id, sign-in address and certificate.",
    metadataXml: "IdP metadata (XML, optional)",
    idpEntityId: "IdP entity id (optional)",
    ssoUrl: "IdP sign-in address (optional)",
    certificate: "IdP signing certificate, PEM (optional)",
    secondCertificate: "IdP's next signing certificate, PEM (optional)",
    secondCertificateHelp:
      "When the IdP rolls its key over: paste the new certificate here. Kring accepts answers signed with either. Remove the old one when the rollover is done.",
    sloUrl: "IdP single logout address (optional)",
    sloHelp:
      "Single logout, HTTP-Redirect: the person is signed out at the IdP too. Empty: from the metadata, otherwise only Kring's session ends.",
    authnContext: "Requested authentication context (optional)",
    authnContextHelp:
      "A URI, e.g. http://id.elegnamnden.se/loa/1.0/loa3 (assurance level 3, e-ID) or urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI (SITHS card). Empty: the IdP chooses.",
    keyAttribute: "Attribute with the key (optional)",
    groupsAttribute: "Attribute with groups (optional)",
    spMetadata: "Kring's metadata to give the IdP: {{url}}",
  },
  form: {
    protocol: "Protocol",
    displayName: "Name on the button",
    audience: "Who logs in",
    userKey: "Recognised by",
    issuer: "Issuer",
    clientId: "Client id",
    clientSecret: "Client secret",
    clientSecretKeep: "Leave empty to keep the saved one.",
    scopes: "More scopes (optional)",
    keyClaim: "Claim with the key (optional)",
    groupsClaim: "Claim with groups (optional)",
    createUnknownStaff:
      "Create an account for staff Kring does not know, with roles from the groups",
    enabled: "On",
    saved: "The identity provider is saved.",
  },
  groups: {
    title: "Groups to units and roles",
    intro: "A member of the group gets the role in the unit when they log in.",
    group: "Group",
    unit: "Unit",
    role: "Role",
    choose: "Choose",
    add: "Add line",
    remove: "Remove line {{n}}",
    save: "Save groups",
    saved: "The groups are saved.",
  },
};
