import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initialFiles, precompress } from "../../../web/scripts/precompress-and-budget";
import { createTestApp, type TestApp } from "../support/test-app";

// How the server delivers the built web app (ADR 0023): precompressed by Accept-Encoding, hashed
// assets cached for a year, index.html revalidated, no source maps.

const script = `export const page = ${JSON.stringify("Kring ".repeat(500))};\n`;
const html =
  '<!doctype html><html lang="sv"><head><script type="module" crossorigin src="/assets/index-AbC123.js"></script>' +
  '<link rel="modulepreload" crossorigin href="/assets/shared-XyZ789.js">' +
  '<link rel="stylesheet" crossorigin href="/assets/index-Def456.css"></head>' +
  `<body><div id="root"></div>${"<!-- padding -->".repeat(80)}</body></html>`;

let dir: string;
let t: TestApp;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kring-web-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "index.html"), html);
  fs.writeFileSync(path.join(dir, "assets/index-AbC123.js"), script);
  fs.writeFileSync(path.join(dir, "assets/shared-XyZ789.js"), "export const x = 1;\n");
  fs.writeFileSync(path.join(dir, "assets/index-Def456.css"), "body{margin:0}\n");
  precompress(dir);
  // A build for debugging may leave a source map; it is never served.
  fs.writeFileSync(path.join(dir, "assets/index-AbC123.js.map"), '{"sources":["secret.ts"]}');
  t = await createTestApp({ WEB_DIST: dir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  t.app.inject({
    method: "GET",
    url,
    headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
  });

describe("the built web app", () => {
  it("is precompressed at build: .br and .gz beside each text file worth compressing", () => {
    expect(fs.existsSync(path.join(dir, "assets/index-AbC123.js.br"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "assets/index-AbC123.js.gz"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "index.html.br"))).toBe(true);
    // Too small to gain anything.
    expect(fs.existsSync(path.join(dir, "assets/shared-XyZ789.js.br"))).toBe(false);
    expect(initialFiles(dir)).toEqual({
      js: ["assets/index-AbC123.js", "assets/shared-XyZ789.js"],
      css: ["assets/index-Def456.css"],
    });
  });

  it("sends brotli, gzip or plain by Accept-Encoding, and says it varies on it", async () => {
    const br = await get("/assets/index-AbC123.js", "gzip, deflate, br");
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(script.length / 5);

    const gzip = await get("/assets/index-AbC123.js", "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const plain = await get("/assets/index-AbC123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const r of [br, gzip, plain]) expect(r.headers.vary).toMatch(/accept-encoding/i);
  });

  it("lets browsers keep hashed assets for a year, and revalidate index.html every time", async () => {
    const asset = await get("/assets/index-AbC123.js", "br");
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const url of ["/", "/index.html", "/cases/1234"]) {
      const page = await get(url, "br, gzip");
      expect(page.statusCode, url).toBe(200);
      expect(page.headers["cache-control"], url).toBe("no-cache");
      expect(page.headers["content-type"], url).toMatch(/text\/html/);
      expect(page.headers["content-encoding"], url).toBe("br");
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toBe(html);
    }
  });

  it("serves no source map, and answers a missing asset with 404, not the app's page", async () => {
    for (const url of [
      "/assets/index-AbC123.js.map",
      "/assets/index-Old999.js",
      "/assets/index-AbC123.js.br",
    ]) {
      const res = await get(url, "br");
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain("secret.ts");
    }
    // The API is untouched: never cached.
    expect((await get("/api/health")).headers["cache-control"]).toBe("no-store");
  });
});
