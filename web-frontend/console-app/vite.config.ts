import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

// Built into the web app's static files at /hr/ (wwwroot/hr is not committed: run.sh and test.sh build it).
export default defineConfig({
  base: "/hr/",
  plugins: [vue()],
  build: {
    outDir: "../wwwroot/hr",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // No inline module-preload polyfill: the app's CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
  },
});
