import "server-only";
import { createTranslator } from "next-intl";
import { clientIp } from "@/lib/auth/client-ip";
import { escapeHtml } from "@/lib/html/escape";
import { isLocale, type Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { createTokenBucketLimiter, type TokenBucketLimiter } from "./memory";

// Each search is a full-text query over every published text; one address may run 30 at
// once and then one every two seconds. The buckets live in this server process only, so
// with several processes behind a load balancer an address gets this much from each.
export const SEARCH_BURST = 30;
export const SEARCH_PER_MINUTE = 30;
const SEARCH_MAX_KEYS = 10_000;

const SEARCH_PATH = /^\/(ru|en)\/search\/?$/;
const messages = { ru, en } as const;

// The search page, with or without a query (the proxy's other prefixed path).
export const isSearchPath = (pathname: string) => SEARCH_PATH.test(pathname);

// The locale of a request that will run a search, or null. Next.js strips its router
// headers before the proxy, so a prefetch cannot be told apart and counts too: the search
// page's own links to other result pages are therefore not prefetched.
export function searchRequestLocale(url: URL): Locale | null {
  const locale = SEARCH_PATH.exec(url.pathname)?.[1];
  if (!isLocale(locale)) return null;
  return url.searchParams.getAll("q").some((q) => /[^\p{Cc}\s]/u.test(q)) ? locale : null;
}

export function searchLimitedResponse(locale: Locale, retryAfterSeconds: number): Response {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "SearchRateLimit" });
  const title = escapeHtml(t("title"));
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${escapeHtml(t("text", { seconds: retryAfterSeconds }))}</p><p><a href="/${locale}">${escapeHtml(t("home"))}</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}

// Kept on globalThis so that a module reloaded in development keeps one set of buckets.
const store = globalThis as unknown as { __airrSearchLimiter?: TokenBucketLimiter };
const limiter = () =>
  (store.__airrSearchLimiter ??= createTokenBucketLimiter({ capacity: SEARCH_BURST, perMinute: SEARCH_PER_MINUTE, maxKeys: SEARCH_MAX_KEYS }));

// A 429 page when this address has used up its searches, or null to go on.
export function limitSearch(request: { nextUrl: URL; headers: Headers }, take = limiter().take): Response | null {
  const locale = searchRequestLocale(request.nextUrl);
  if (!locale) return null;
  const result = take(clientIp(request.headers));
  return result.ok ? null : searchLimitedResponse(locale, Math.max(1, Math.ceil(result.retryAfterMs / 1000)));
}
