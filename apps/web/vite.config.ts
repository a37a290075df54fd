import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The built app is served by the Kring server (apps/server), which answers every non-API path
// with index.html. During development Vite serves it and forwards /api to a running server.
export default defineConfig({
  plugins: [react()],
  // No source maps in the build: they would publish the source (ADR 0023). Pages are their own
  // chunks (platform/ui/lazy-page.tsx); scripts/precompress-and-budget.ts checks the first page.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
