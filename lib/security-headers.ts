// Headers for every response. The base policy restricts what does not depend on page content
// (framing, plugins, base URL); HTML pages get the full policy from `pagePolicy`, with a
// script nonce that the server (server/http) draws for each response.
// The players of Rutube, VK Video and YouTube (lib/media/video-embed.ts), framed only after a
// visitor clicks play.
export const EMBED_ORIGINS = ["https://rutube.ru", "https://vkvideo.ru", "https://vk.com", "https://www.youtube-nocookie.com"];
const BASE_POLICY = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

export function pagePolicy(nonce: string, env: Record<string, string | undefined> = process.env): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': the bundles the nonce admits may load further chunks of their own.
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    // React and the editor set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    `frame-src ${EMBED_ORIGINS.join(" ")}`,
    ...BASE_POLICY,
  ];
  if (isHttps(env)) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export function securityHeaders(env: Record<string, string | undefined> = process.env): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: BASE_POLICY.join("; ") },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  ];
  // Only where the site is served over HTTPS: a browser remembers HSTS for the whole host.
  if (isHttps(env)) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

function isHttps(env: Record<string, string | undefined>): boolean {
  return (env.SITE_URL ?? "").startsWith("https://");
}
