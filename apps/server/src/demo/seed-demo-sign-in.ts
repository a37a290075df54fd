import type { DemoContext } from "./seed-demo";

// Example identity providers, disabled: the demo has no IdP and signs in with passwords, but
// Administration → Inloggning shows what a municipality fills in (ADR 0039). Turning one on sends
// people to an address that does not answer and they land on the refusal page.
export async function seedDemoSignIn(ctx: DemoContext) {
  const { db, tenantId, unitIds } = ctx;
  const staff = await db
    .insertInto("identity_provider")
    .values({
      tenant_id: tenantId,
      audience: "staff",
      protocol: "oidc",
      display_name: "Kringby kommun (Entra ID)",
      settings: JSON.stringify({
        issuer: "https://login.kringby.example/v2.0",
        clientId: "kring-demo",
      }),
      user_key: "email",
      create_unknown_staff: true,
      enabled: false,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("identity_provider_group")
    .values(
      [
        { group: "Kring-mentorer-Mariehem", unit: "mariehem-school", role: "teacher_mentor" },
        { group: "Kring-rektorer-Mariehem", unit: "mariehem-school", role: "principal" },
      ]
        .filter((g) => unitIds.has(g.unit))
        .map((g) => ({
          tenant_id: tenantId,
          provider_id: staff.id,
          group_name: g.group,
          unit_id: unitIds.get(g.unit)!,
          role: g.role,
        })),
    )
    .execute();
  await db
    .insertInto("identity_provider")
    .values({
      tenant_id: tenantId,
      audience: "family",
      protocol: "oidc",
      display_name: "E-legitimation (BankID, Freja eID)",
      settings: JSON.stringify({
        issuer: "https://eid-broker.kringby.example",
        clientId: "kring-demo",
      }),
      user_key: "personal_number",
      enabled: false,
    })
    .execute();
  // The region's staff through Inera's IdP (SITHS), by SAML 2.0 and HSA-id.
  await db
    .insertInto("identity_provider")
    .values({
      tenant_id: tenantId,
      audience: "staff",
      protocol: "saml",
      display_name: "Region Kringland (SITHS, SAML)",
      settings: JSON.stringify({
        metadataUrl: "https://idp.kringland.example/saml/metadata",
        authnContext: "http://id.elegnamnden.se/loa/1.0/loa3",
      }),
      user_key: "hsa_id",
      enabled: false,
    })
    .execute();
  await db
    .insertInto("tenant_settings")
    .values({
      tenant_id: tenantId,
      deadline_rules: "{}",
      child_sign_in_from_age: 13,
      sign_in_contact: "Kontakta barnets skola eller Kringby kommuns kontaktcenter, 0910-12 34 56.",
    })
    .onConflict((oc) =>
      oc.column("tenant_id").doUpdateSet({
        child_sign_in_from_age: 13,
        sign_in_contact:
          "Kontakta barnets skola eller Kringby kommuns kontaktcenter, 0910-12 34 56.",
      }),
    )
    .execute();
}
