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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
