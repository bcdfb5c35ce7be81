import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// `vite build client` / `vite client` use this file; root is client/ so the
// server can serve client/dist as-is.
const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.KABINET_API ?? "http://localhost:4000";

export default defineConfig({
  root,
  plugins: [solid()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
  },
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: api, ws: true, changeOrigin: true },
      "/dev": { target: api, changeOrigin: true },
    },
  },
});
