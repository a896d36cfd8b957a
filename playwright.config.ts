import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  // No sandbox as root in CI; no background traffic on a machine without internet.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // A retry may show a failure's trace twice, but a test that needed it fails the run.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: { baseURL: `http://localhost:${port}`, launchOptions: chromium, trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testIgnore: [/phone\.spec\.ts/, /admin.*\.spec\.ts/] },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, testMatch: /phone\.spec\.ts/ },
    // The back office publishes into the same database: it runs after the public pages are
    // checked against the demo content.
    { name: "admin", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, testMatch: /admin.*\.spec\.ts/, dependencies: ["desktop", "phone"] },
  ],
  // The production build (npm start builds only if the sources are newer), served on a
  // throwaway embedded database with the demo content: the server never serves a page from the
  // build, so every page reflects this database. As behind one reverse proxy
  // (TRUST_PROXY_HOPS=1), so a test can stand for another visitor's address.
  webServer: {
    command: `rm -rf .data/e2e && DATA_DIR=.data/e2e PORT=${port} TRUST_PROXY_HOPS=1 ADMIN_EMAIL=admin@airr.test ADMIN_PASSWORD="correct horse battery" SCHEDULER_INTERVAL_MS=1000 npm start`,
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    // SIGTERM lets the runner stop Next.js and then the embedded database cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
