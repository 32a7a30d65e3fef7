import { defineConfig } from "vite";

// The build lands inside the Python package so `pip install` ships the dashboard with no npm step.
export default defineConfig({
  base: "/",
  build: {
    outDir: "../src/accord/api/static",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: Object.fromEntries(
      ["/events", "/quotes", "/actors", "/dyads", "/documents", "/stats", "/timeline", "/network", "/locations"]
        .map((path) => [path, "http://127.0.0.1:8000"]),
    ),
  },
});
