import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/ modules are server-only; tests run them on the server side too.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/int/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Seeds write demo media through the storage interface; keep them out of the project's .data.
    env: { MEDIA_DIR: path.join(os.tmpdir(), "airr-test-media") },
    setupFiles: ["tests/support/clean-env.ts"],
    // next-intl's navigation imports "next/navigation" without an extension, which Node's own
    // loader refuses; transformed by Vite, it resolves (tests that import whole pages need it).
    server: { deps: { inline: ["next-intl"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
