import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  // Rule examples are compiled in for tests (they prove every example); esbuild.config.mjs defines DOCS false.
  define: { DOCS: "true" },
  resolve: {
    alias: { obsidian: fileURLToPath(new URL("./tests/fakes/obsidian.ts", import.meta.url)) },
  },
  test: {
    environment: "happy-dom",
    setupFiles: ["./tests/fakes/dom-helpers.ts"],
    include: ["tests/**/*.test.ts"],
    env: { TZ: "UTC" },
    testTimeout: 20000,
  },
});
