import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The built app is served by the Kring server (apps/server), which answers every non-API path
// with index.html. During development Vite serves it and forwards /api to a running server.
export default defineConfig({
  plugins: [react()],
  // One bundle of about 185 kB gzipped (React, Mantine, TanStack); split when features grow.
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  server: { proxy: { "/api": "http://localhost:3000" } },
});
