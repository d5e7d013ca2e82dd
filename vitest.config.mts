import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
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
