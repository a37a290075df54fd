import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "../../apps/server/src/platform/db/schema";
import { loadConfig } from "../../apps/server/src/platform/config";
import { buildApp } from "../../apps/server/src/platform/http/app";
import { createDemoDatabase } from "../../apps/server/test/support/test-database";

const WEB_DIST = fileURLToPath(new URL("../../apps/web/dist", import.meta.url));

export interface TestServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The server's database, for tests that make what a background job would. */
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * The real Kring server in this process, on a free port, with a database of its own: a fresh
 * PGlite copy, or a fresh PostgreSQL database when DATABASE_URL is set. It holds the demo
 * municipality (all demo users, password "kring-demo") and serves the built web app.
 */
export async function startServer(): Promise<TestServer> {
  if (!fs.existsSync(`${WEB_DIST}/index.html`)) {
    throw new Error(`No built web app in ${WEB_DIST}: run "npm run build:web" first.`);
  }
  const handle = await createDemoDatabase();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    WEB_DIST,
    HOST: "127.0.0.1",
    PORT: "0",
    UPLOAD_DIR: path.join(os.tmpdir(), "kring-e2e-uploads"),
    // The notification job would read every demo user's worklist at start; a test that needs
    // notifications makes them itself (e2e/notifications.e2e.ts).
    NOTIFY_JOB: "off",
    MAIL_DIR: path.join(os.tmpdir(), "kring-e2e-mail"),
  });
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // The port is known only now; identity providers send the browser back to PUBLIC_URL.
  config.notify.publicUrl = url;
  return {
    url,
    db: handle.db,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
