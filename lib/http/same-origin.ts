import "server-only";
import { hasSchedulerToken } from "@/lib/publishing/scheduler-token";
import { siteUrl } from "@/lib/site-url";

// Route handlers, unlike server actions, get no Origin check from Next.js. A browser sends
// Origin with every cross-origin POST (and fetch/XHR request), so comparing it with the
// site's own origins stops a foreign page from using a visitor's cookies against us.

export type OriginRefusal = "null-origin" | "malformed-origin" | "foreign-origin" | "missing-origin" | "cross-site";
export type OriginCheck = { ok: true } | { ok: false; reason: OriginRefusal };

export type SameOriginOptions = {
  // The URL as this server received it: its scheme is the request's own unless a proxy says otherwise.
  requestUrl: string;
  // SITE_URL: the public origin, which a TLS-terminating proxy may hide from the request.
  siteUrl: string;
  // Only for handlers authenticated by a secret header rather than a cookie. Browsers always
  // send Origin on such requests, so one without it comes from a program (curl, our own
  // scheduler's fetch), which carries no visitor's cookies and must know the secret anyway.
  allowMissingOrigin?: boolean;
};

const first = (value: string | null) => value?.split(",")[0]?.trim().toLowerCase() || null;

function originOf(scheme: string, host: string): string | null {
  try {
    return new URL(`${scheme}//${host}`).origin;
  } catch {
    return null;
  }
}

// The origins this request may come from: SITE_URL's, and its own host (or the host a
// proxy forwarded) with its own scheme. X-Forwarded-* are trusted here because a page on
// another site cannot set them without a CORS preflight, which this site never grants.
export function allowedOrigins(headers: Headers, options: Pick<SameOriginOptions, "requestUrl" | "siteUrl">): Set<string> {
  const proto = first(headers.get("x-forwarded-proto"));
  const scheme = proto === "http" || proto === "https" ? `${proto}:` : new URL(options.requestUrl).protocol;
  const hosts = [first(headers.get("x-forwarded-host")), first(headers.get("host"))];
  const own = hosts.filter((h): h is string => !!h).map((h) => originOf(scheme, h));
  return new Set([originOf(new URL(options.siteUrl).protocol, new URL(options.siteUrl).host), ...own].filter((o): o is string => !!o));
}

export function checkSameOrigin(headers: Headers, options: SameOriginOptions): OriginCheck {
  const origin = headers.get("origin");
  if (origin === null || origin === "") {
    // Without Origin, a browser that sends Fetch Metadata still says where the request came from.
    const site = headers.get("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") return { ok: false, reason: "cross-site" };
    return options.allowMissingOrigin ? { ok: true } : { ok: false, reason: "missing-origin" };
  }
  // Sandboxed frames, file: pages and some redirects send "null": never our own page.
  if (origin.trim() === "null") return { ok: false, reason: "null-origin" };
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return { ok: false, reason: "malformed-origin" };
  }
  return allowedOrigins(headers, options).has(parsed) ? { ok: true } : { ok: false, reason: "foreign-origin" };
}

// For a mutating route handler: a 403 to return at once, or null to go on.
export function refuseCrossSite(request: Request, options: { allowMissingOrigin?: boolean } = {}): Response | null {
  const check = checkSameOrigin(request.headers, { requestUrl: request.url, siteUrl: siteUrl(), ...options });
  if (check.ok) return null;
  return new Response("Cross-site request refused", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

// The internal routes this process calls on itself (the job worker, the cache listener): same
// origin, no Origin needed, and the per-process token; anything else is a 404, as if they did
// not exist.
export function refuseUnlessOwnCall(request: Request): Response | null {
  return refuseCrossSite(request, { allowMissingOrigin: true }) ?? (hasSchedulerToken(request) ? null : new Response(null, { status: 404 }));
}
