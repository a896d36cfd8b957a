import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";
import { SERVER_ACTION_BODY_MB } from "./lib/http/body-limits";

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
  experimental: { serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_MB}mb` } },
  // The IndexNow key file lives at the site's root (app/api/indexnow/[file]); files and routes
  // of that name (robots.txt) come first, these being rewrites after them.
  async rewrites() {
    return [{ source: "/:file([A-Za-z0-9-]{8,128}\\.txt)", destination: "/api/indexnow/:file" }];
  },
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
