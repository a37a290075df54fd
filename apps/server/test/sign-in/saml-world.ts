import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../../src/platform/db/schema";
import { childAndGuardian, providerAdder } from "../features/sign-in-world";
import { type AnswerOptions, type IdpUser, readPostForm, type SamlIdp } from "../support/saml-idp";
import { createTestTenant, loginAs } from "../support/test-app";

// A tenant with an administrator, a school and a guardian of a child, a SAML provider set up by
// the administrator from the test IdP's metadata address, and the way a browser goes from Kring
// to the IdP and back (start, the IdP's page, its form posted to the consumer).

export const PUBLIC_URL = "http://kring.test";

export async function samlWorld(db: Kysely<Database>, app: FastifyInstance, idp: SamlIdp) {
  const tenant = await createTestTenant(db);
  const school = await tenant.addUnit("school", "school");
  const admin = await loginAs(app, await tenant.addUser("admin", [["admin", "administrator"]]));
  const { guardianId, guardianNumber } = await childAndGuardian(
    db,
    tenant.tenantId,
    "Samlsson",
    { givenName: "Ebba", birthDate: "2011-06-01" },
    { givenName: "Sara", birthDate: "1981-03-03" },
  );
  const add = providerAdder(admin, { protocol: "saml", metadataUrl: idp.metadataUrl });
  const addProvider = async (body: Record<string, unknown>) => {
    const { id } = await add(body);
    idp.registerSp(
      `${PUBLIC_URL}/api/auth/saml/${id}/metadata`,
      `${PUBLIC_URL}/api/auth/saml/${id}/logout`,
    );
    return id;
  };
  return { tenant, school, admin, guardianId, guardianNumber, addProvider };
}

export interface Back {
  /** Where Kring sent the browser after the consumer. */
  location: string;
  session: string | null;
  /** The form the IdP's page posted, to post again. */
  form: { action: string; fields: Record<string, string> };
}

export async function postToConsumer(app: FastifyInstance, form: Back["form"]) {
  const res = await app.inject({
    method: "POST",
    url: form.action.slice(PUBLIC_URL.length),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(form.fields).toString(),
  });
  return {
    status: res.statusCode,
    location: String(res.headers.location),
    session: res.cookies.find((c) => c.name === "kring_session")?.value ?? null,
  };
}

/** Signs in as the IdP's user through the provider, as a browser would. */
export async function signInThrough(
  app: FastifyInstance,
  idp: SamlIdp,
  providerId: string,
  user: IdpUser,
  broken: AnswerOptions = {},
): Promise<Back> {
  const start = await app.inject({ method: "GET", url: `/api/auth/providers/${providerId}/start` });
  if (start.statusCode !== 303) throw new Error(`start: ${start.statusCode} ${start.body}`);
  idp.signInAs(user);
  idp.breakNext(broken);
  const page = await fetch(String(start.headers.location));
  const form = readPostForm(await page.text());
  return { ...(await postToConsumer(app, form)), form };
}
