import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// After `vite build` (ADR 0023): every text file of the built app gets a .br and a .gz beside it,
// which the server sends by Accept-Encoding; the sizes are printed, and the build fails when what
// the first page loads (the entry script and the modules it preloads) grows past the budget.

/** Gzipped bytes of the first page's JavaScript; raise it only with a reason in ADR 0023. */
export const INITIAL_JS_GZIP_BUDGET = 196 * 1024;
/** Gzipped bytes of the first page's style sheets. */
export const INITIAL_CSS_GZIP_BUDGET = 45 * 1024;

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this, compressing saves less than the headers cost. */
const MIN_BYTES = 1024;

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** Writes file.br and file.gz beside each compressible file; returns each one's sizes. */
export function precompress(dir: string): FileSize[] {
  const sizes: FileSize[] = [];
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const content = fs.readFileSync(path.join(dir, file));
    const gzip = gzipSync(content, { level: 9 });
    const brotli = brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    });
    if (content.length >= MIN_BYTES) {
      fs.writeFileSync(path.join(dir, `${file}.gz`), gzip);
      fs.writeFileSync(path.join(dir, `${file}.br`), brotli);
    }
    sizes.push({ file, bytes: content.length, gzip: gzip.length, brotli: brotli.length });
  }
  return sizes.sort((a, b) => b.bytes - a.bytes);
}

/** The files the first page loads: index.html's module script, preloads and style sheets. */
export function initialFiles(dir: string) {
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const refs = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ""));
  return {
    js: [
      ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
      ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ],
    css: refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g),
  };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function main() {
  const dir = path.resolve(process.argv[2] ?? "dist");
  const sizes = precompress(dir);
  const byFile = new Map(sizes.map((s) => [s.file, s]));
  const initial = initialFiles(dir);
  const mapFiles = filesUnder(dir).filter((f) => f.endsWith(".map"));
  console.log("\nBuilt web app (raw / gzip / brotli):");
  for (const s of sizes.slice(0, 15))
    console.log(
      `  ${s.file.padEnd(48)} ${kB(s.bytes).padStart(10)} ${kB(s.gzip).padStart(10)} ${kB(s.brotli).padStart(10)}`,
    );
  const sum = (files: string[]) => files.reduce((n, f) => n + (byFile.get(f)?.gzip ?? 0), 0);
  const js = sum(initial.js);
  const css = sum(initial.css);
  console.log(
    `\nFirst page: ${initial.js.length} scripts ${kB(js)} gzip (budget ${kB(INITIAL_JS_GZIP_BUDGET)}), ` +
      `style ${kB(css)} gzip (budget ${kB(INITIAL_CSS_GZIP_BUDGET)})`,
  );
  const faults = [
    js > INITIAL_JS_GZIP_BUDGET && "the first page's scripts are over budget",
    css > INITIAL_CSS_GZIP_BUDGET && "the first page's style is over budget",
    mapFiles.length > 0 && `source maps in the build (${mapFiles.length}); they are not shipped`,
  ].filter(Boolean);
  if (faults.length) {
    console.error(`\nBundle budget failed: ${faults.join("; ")}. See ADR 0023.`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
