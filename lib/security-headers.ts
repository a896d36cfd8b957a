// Headers for every response. The policy below restricts what does not depend on page
// content (framing, plugins, base URL); script sources are left to a nonce-based policy.
export function securityHeaders(env: Record<string, string | undefined> = process.env): { key: string; value: string }[] {
  const headers = [
    { key: "Content-Security-Policy", value: "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  ];
  // Only where the site is served over HTTPS: a browser remembers HSTS for the whole host.
  if ((env.SITE_URL ?? "").startsWith("https://")) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
