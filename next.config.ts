import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The server in server/http rewrites HTML (script nonces) and compresses afterwards;
  // ETags would let a browser reuse a page whose nonce no longer matches the policy.
  compress: false,
  generateEtags: false,
  reactStrictMode: true,
  // Pages, route responses and cached reads live in this process's memory, under one budget
  // (CACHE_MEMORY_MB), never in files under .next: see server/cache/next-cache-handler.mjs.
  cacheHandler: path.resolve("server/cache/next-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // Every server action, sign-in included, reads at most this much. The largest legitimate
  // bodies: a rating CSV (1 MB) and a rich text of RICH_TEXT_JSON_MAX characters. Media
  // uploads go to their own route handler, which checks the session before reading.
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    const all = securityHeaders();
    const csp = all.filter((h) => h.key === "Content-Security-Policy");
    return [
      { source: "/:path*", headers: all.filter((h) => h.key !== "Content-Security-Policy") },
      // Stored objects set their own policy (a sandbox for downloads); a config header would replace it.
      { source: "/:path((?!media/).*)", headers: csp },
    ];
  },
};

export default withNextIntl(nextConfig);
