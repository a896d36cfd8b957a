import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { isSearchPath, limitSearch } from "./lib/rate-limit/search";

// Picks the locale for `/` (cookie, then Accept-Language, then ru) and adds the prefix to
// unprefixed public paths. Not a security boundary: the back office checks sessions itself.
const intl = createMiddleware(routing);

// Searches are limited per address before anything else runs (see lib/rate-limit/search.ts).
// A search that passes goes on untouched, as every prefixed page does: the locale middleware
// would only add a language cookie, and a response with a cookie is kept by neither the page
// cache nor a proxy.
export default function proxy(request: NextRequest) {
  const limited = limitSearch(request);
  if (limited) return limited;
  return isSearchPath(request.nextUrl.pathname) ? NextResponse.next() : intl(request);
}

// Prefixed pages (/ru/…, /en/…) skip it: they need nothing from it, and running it cost about a
// sixth of serving a cached page. Their hreflang alternates come from each page's metadata, and
// the locale cookie is written by the language switcher. Search keeps its rate limit.
export const config = {
  matcher: ["/((?!api|admin|media|_next|_vercel|ru/|en/|ru$|en$|.*\\..*).*)", "/(ru|en)/search"],
};
