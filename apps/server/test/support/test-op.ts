import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

// A real OpenID provider inside the test run (oidc-provider): discovery, authorization code with
// PKCE, signed ID tokens, userinfo and RP-initiated logout, as a municipality's IdP or an e-ID
// broker following the Swedish OIDC profile. Only the person at its login page is played: the
// test names who signs in (`signInAs`), or the browser types it into the page's one field.

export const PNR_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";
const PNR_SCOPE = "https://id.oidc.se/scope/naturalPersonNumber";
const CLAIMS = ["email", "name", "given_name", "family_name", "groups", "hsa_id", PNR_CLAIM];

export interface TestOp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claims of each account the OP knows, by account id. */
  accounts: Map<string, Record<string, unknown>>;
  /** The account the next login page signs in at once; null: the page asks. */
  signInAs: string | null;
  close(): Promise<void>;
}

export async function startTestOp(redirectUri: string, afterLogout: string): Promise<TestOp> {
  const accounts = new Map<string, Record<string, unknown>>();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const op: TestOp = {
    issuer,
    clientId: "kring",
    clientSecret: "kring-test-secret-0123456789abcdef",
    accounts,
    signInAs: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: op.clientId,
        client_secret: op.clientSecret,
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [afterLogout],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    cookies: { keys: ["kring-test-op-cookie-key"] },
    scopes: ["openid", "profile", "email", PNR_SCOPE],
    claims: {
      openid: ["sub"],
      email: ["email"],
      profile: ["name", "given_name", "family_name", "groups", "hsa_id"],
      [PNR_SCOPE]: [PNR_CLAIM],
    },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    findAccount: (_ctx: unknown, id: string) =>
      accounts.has(id)
        ? { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) }
        : undefined,
    // First-party: everything Kring asks for is granted without a consent page.
    loadExistingGrant: async (ctx: {
      oidc: {
        client: { clientId: string };
        session: { accountId: string };
        provider: Provider;
      };
    }) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(`openid profile email ${PNR_SCOPE}`);
      grant.addOIDCClaims(CLAIMS);
      await grant.save();
      return grant;
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
  });
  const callback = provider.callback();
  server.on("request", (req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (!url.pathname.startsWith("/interaction/")) return callback(req, res);
    void interaction(provider, op, req, res, url).catch((err: unknown) => {
      res.statusCode = 500;
      res.end(String(err));
    });
  });
  return op;
}

async function interaction(
  provider: Provider,
  op: TestOp,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
) {
  await provider.interactionDetails(req, res);
  let account = req.method === "GET" ? op.signInAs : null;
  if (req.method === "POST") {
    let body = "";
    for await (const chunk of req) body += String(chunk);
    account = new URLSearchParams(body).get("account");
  }
  if (account && op.accounts.has(account))
    return provider.interactionFinished(
      req,
      res,
      { login: { accountId: account } },
      {
        mergeWithLastSubmission: false,
      },
    );
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.end(`<!doctype html><html lang="sv"><head><title>Test-IdP</title></head><body><main>
<h1>Test-IdP</h1><form method="post" action="${url.pathname}">
<label for="account">Användare</label><input id="account" name="account">
<button type="submit">Fortsätt</button></form></main></body></html>`);
}

/** A cookie jar of one client, enough to walk the OP's redirects with fetch. */
export class CookieJar {
  private cookies = new Map<string, string>();
  store(headers: Headers) {
    for (const c of headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Follows the OP's redirects from `url` until it sends the browser to `until` (Kring). */
export async function walkOp(url: string, until: string, jar = new CookieJar()): Promise<string> {
  let next = url;
  for (let i = 0; i < 10; i++) {
    const res = await fetch(next, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.store(res.headers);
    const location = res.headers.get("location");
    if (!location) throw new Error(`the OP answered ${res.status} at ${next}: ${await res.text()}`);
    next = new URL(location, next).href;
    if (next.startsWith(until)) return next;
  }
  throw new Error("the OP redirected too often");
}
