import { createSign, generateKeyPair, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DOMParser } from "@xmldom/xmldom";
import { promisify } from "node:util";
import { generate } from "selfsigned";
import { SignedXml } from "xml-crypto";

// A SAML 2.0 identity provider for the tests, on a port of its own: it publishes its metadata,
// answers Kring's AuthnRequests (HTTP-Redirect) with a Response whose assertion it signs with
// its own key (xml-crypto), posted back by a form as a browser would, and answers a signed
// LogoutRequest with a signed LogoutResponse. Tests choose who signs in, and may ask for a
// broken answer (unsigned, altered, expired, for another audience) to see Kring refuse it.

const SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
const SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

export interface IdpUser {
  nameId: string;
  attributes: Record<string, string | string[]>;
}

/** Ways to break the next answer: each must make Kring refuse it. */
export interface AnswerOptions {
  unsigned?: boolean;
  /** Change the signed XML afterwards (e.g. another key value). */
  alter?: (signedXml: string) => string;
  audience?: string;
  /** Seconds from now the assertion stops being valid (negative: already expired). */
  validForSeconds?: number;
  destination?: string;
  inResponseTo?: string | null;
  /** Sign with another key than the one in the metadata. */
  foreignKey?: boolean;
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const id = () => `_${randomBytes(16).toString("hex")}`;
const iso = (ms: number) => new Date(ms).toISOString();
const body = (pem: string) => pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");

const rsaKeyPair = () =>
  promisify(generateKeyPair)("rsa", {
    modulusLength: 2048,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });

async function keyPair() {
  // The key by Node's own (native, off the event loop); selfsigned only writes the certificate.
  const keyPair = await rsaKeyPair();
  const pems = await generate([{ name: "commonName", value: "Test-IdP Kringby" }], {
    keySize: 2048,
    algorithm: "sha256",
    keyPair,
  });
  return { privateKey: pems.private, certificate: pems.cert };
}

function attributeXml(attributes: IdpUser["attributes"]) {
  return Object.entries(attributes)
    .map(([name, value]) => {
      const values = (Array.isArray(value) ? value : [value])
        .map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`)
        .join("");
      return `<saml:Attribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${values}</saml:Attribute>`;
    })
    .join("");
}

function signEnveloped(
  xml: string,
  element: string,
  key: { privateKey: string; certificate: string },
) {
  const sig = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certificate,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXC_C14N,
  });
  sig.addReference({
    xpath: `//*[local-name(.)='${element}']`,
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", EXC_C14N],
  });
  sig.computeSignature(xml, {
    location: {
      reference: `//*[local-name(.)='${element}']/*[local-name(.)='Issuer']`,
      action: "after",
    },
  });
  return sig.getSignedXml();
}

function readRedirect(url: URL, param: "SAMLRequest" | "SAMLResponse") {
  const xml = inflateRawSync(Buffer.from(url.searchParams.get(param) ?? "", "base64")).toString();
  return new DOMParser().parseFromString(xml, "text/xml").documentElement;
}

export async function startSamlIdp() {
  const key = await keyPair();
  const foreign = await keyPair();
  let base = "";
  const state = {
    user: null as IdpUser | null,
    next: {} as AnswerOptions,
    /** What the IdP received, for the tests to look at. */
    requests: [] as {
      id: string;
      issuer: string;
      acs: string;
      signed: boolean;
      /** The AuthnContextClassRef Kring asked for, if any. */
      authnContext: string | null;
    }[],
    logouts: [] as { nameId: string; sessionIndex: string | null; signed: boolean }[],
    /** Where each service provider takes its logout answers, by entity id (its metadata). */
    spLogout: new Map<string, string>(),
  };

  function response(request: { id: string; issuer: string; acs: string }) {
    const o = state.next;
    state.next = {};
    const user = state.user!;
    const now = Date.now();
    const until = iso(now + (o.validForSeconds ?? 300) * 1000);
    const inResponseTo = o.inResponseTo === undefined ? request.id : o.inResponseTo;
    const irt = inResponseTo ? ` InResponseTo="${esc(inResponseTo)}"` : "";
    const assertion = `<saml:Assertion xmlns:saml="${SAML}" ID="${id()}" Version="2.0" IssueInstant="${iso(now)}"><saml:Issuer>${esc(base)}/metadata</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">${esc(user.nameId)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${irt} NotOnOrAfter="${until}" Recipient="${esc(o.destination ?? request.acs)}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${iso(now - 5000)}" NotOnOrAfter="${until}"><saml:AudienceRestriction><saml:Audience>${esc(o.audience ?? request.issuer)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="${id()}"><saml:AuthnContext><saml:AuthnContextClassRef>http://id.elegnamnden.se/loa/1.0/loa3</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attributeXml(user.attributes)}</saml:AttributeStatement></saml:Assertion>`;
    let xml = `<samlp:Response xmlns:samlp="${SAMLP}" ID="${id()}" Version="2.0" IssueInstant="${iso(now)}" Destination="${esc(o.destination ?? request.acs)}"${irt}><saml:Issuer xmlns:saml="${SAML}">${esc(base)}/metadata</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${assertion}</samlp:Response>`;
    if (!o.unsigned) xml = signEnveloped(xml, "Assertion", o.foreignKey ? foreign : key);
    if (o.alter) xml = o.alter(xml);
    return Buffer.from(xml).toString("base64");
  }

  /** The HTTP-Redirect binding: the message deflated, and the query string signed. */
  function redirect(to: string, param: string, xml: string, relayState: string | null) {
    let query = `${param}=${encodeURIComponent(deflateRawSync(xml).toString("base64"))}`;
    if (relayState) query += `&RelayState=${encodeURIComponent(relayState)}`;
    query += `&SigAlg=${encodeURIComponent(RSA_SHA256)}`;
    const signature = createSign("RSA-SHA256").update(query).sign(key.privateKey, "base64");
    return `${to}${to.includes("?") ? "&" : "?"}${query}&Signature=${encodeURIComponent(signature)}`;
  }

  const metadata = () =>
    `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${base}/metadata"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${body(key.certificate)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:SingleLogoutService Binding="${REDIRECT}" Location="${base}/slo"/><md:SingleSignOnService Binding="${REDIRECT}" Location="${base}/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>`;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", base);
    if (url.pathname === "/metadata") {
      res.writeHead(200, { "content-type": "application/samlmetadata+xml" });
      return res.end(metadata());
    }
    if (url.pathname === "/sso") {
      const request = readRedirect(url, "SAMLRequest");
      const issuer = request.getElementsByTagNameNS(SAML, "Issuer")[0]?.textContent ?? "";
      const acs = request.getAttribute("AssertionConsumerServiceURL") ?? "";
      const got = {
        id: request.getAttribute("ID") ?? "",
        issuer,
        acs,
        signed: url.searchParams.has("Signature"),
        authnContext:
          request.getElementsByTagNameNS(SAML, "AuthnContextClassRef")[0]?.textContent ?? null,
      };
      state.requests.push(got);
      if (!state.user) {
        res.writeHead(500);
        return res.end("no user chosen");
      }
      const relay = url.searchParams.get("RelayState");
      // What a real IdP shows after the person has proved who they are: a form the browser posts.
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(
        `<!doctype html><html lang="sv"><head><title>Test-IdP</title></head><body><main><h1>Test-IdP</h1><form method="post" action="${esc(acs)}"><input type="hidden" name="SAMLResponse" value="${response(got)}">${relay ? `<input type="hidden" name="RelayState" value="${esc(relay)}">` : ""}<button type="submit">Fortsätt till Kring</button></form></main><script>document.forms[0].submit()</script></body></html>`,
      );
    }
    if (url.pathname === "/slo") {
      const request = readRedirect(url, "SAMLRequest");
      state.logouts.push({
        nameId: request.getElementsByTagNameNS(SAML, "NameID")[0]?.textContent ?? "",
        sessionIndex: request.getElementsByTagNameNS(SAMLP, "SessionIndex")[0]?.textContent ?? null,
        signed: url.searchParams.has("Signature"),
      });
      const spIssuer = request.getElementsByTagNameNS(SAML, "Issuer")[0]?.textContent ?? "";
      const dest = state.spLogout.get(spIssuer);
      if (!dest) {
        res.writeHead(400);
        return res.end("unknown service provider");
      }
      const xml = `<samlp:LogoutResponse xmlns:samlp="${SAMLP}" xmlns:saml="${SAML}" ID="${id()}" Version="2.0" IssueInstant="${iso(Date.now())}" Destination="${esc(dest)}" InResponseTo="${esc(request.getAttribute("ID") ?? "")}"><saml:Issuer>${esc(base)}/metadata</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:LogoutResponse>`;
      res.writeHead(302, {
        location: redirect(dest, "SAMLResponse", xml, url.searchParams.get("RelayState")),
      });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    entityId: `${base}/metadata`,
    metadataUrl: `${base}/metadata`,
    certificate: key.certificate,
    foreignCertificate: foreign.certificate,
    state,
    /** Registers a service provider's logout address, as an IdP reads it from SP metadata. */
    registerSp(entityId: string, logoutUrl: string) {
      state.spLogout.set(entityId, logoutUrl);
    },
    signInAs(user: IdpUser) {
      state.user = user;
    },
    /** The IdP's own LogoutRequest to a service provider (the person signed out at the IdP). */
    logoutRequest(spLogoutUrl: string, nameId: string, options: { signed?: boolean } = {}) {
      const xml = `<samlp:LogoutRequest xmlns:samlp="${SAMLP}" xmlns:saml="${SAML}" ID="${id()}" Version="2.0" IssueInstant="${iso(Date.now())}" Destination="${esc(spLogoutUrl)}"><saml:Issuer>${esc(base)}/metadata</saml:Issuer><saml:NameID>${esc(nameId)}</saml:NameID></samlp:LogoutRequest>`;
      const url = redirect(spLogoutUrl, "SAMLRequest", xml, null);
      return options.signed === false ? url.replace(/&SigAlg=.*$/, "") : url;
    },
    /** The next answer is broken as asked. */
    breakNext(options: AnswerOptions) {
      state.next = options;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SamlIdp = Awaited<ReturnType<typeof startSamlIdp>>;

/** The form a browser would post: where to, and its fields (the IdP's page, read as text). */
export function readPostForm(html: string) {
  const action = /action="([^"]+)"/.exec(html)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/name="([^"]+)" value="([^"]*)"/g)) fields[m[1]!] = m[2]!;
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return {
    action: unescape(action),
    fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, unescape(v)])),
  };
}
