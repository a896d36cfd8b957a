import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { newsSegmentOf } from "./lib/articles/filter";
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
  const list = newsListRoute(request);
  if (list) return list;
  return isSearchPath(request.nextUrl.pathname) ? NextResponse.next() : withVary(intl(request));
}

// Where an unprefixed path leads depends on the language cookie and Accept-Language: a cache
// between the site and the visitor must keep one answer per pair.
function withVary(response: NextResponse) {
  if (response.headers.has("location")) response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

const NEWS_LIST = /^\/(ru|en)\/press\/news\/?$/;
const NEWS_LIST_PAGES = /^\/(ru|en)\/press\/news-list(?:\/|$)/;

// The news list with a query string is served by press/news-list/[filter] (see
// lib/articles/filter.ts); that page's own address leads back to the list.
function newsListRoute(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const internal = NEWS_LIST_PAGES.exec(pathname);
  if (internal) return NextResponse.redirect(new URL(`/${internal[1]}/press/news`, request.url), 308);
  const list = NEWS_LIST.exec(pathname);
  if (!list) return null;
  const segment = request.nextUrl.search ? newsSegmentOf(searchParams) : null;
  if (!segment) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `/${list[1]}/press/news-list/${segment}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

// Prefixed pages (/ru/…, /en/…) skip it: they need nothing from it, and running it cost about a
// sixth of serving a cached page. Their hreflang alternates come from each page's metadata, and
// the locale cookie is written by the language switcher. Search keeps its rate limit, the news
// list its rewrite.
export const config = {
  matcher: ["/((?!api|admin|media|_next|_vercel|ru/|en/|ru$|en$|.*\\..*).*)", "/(ru|en)/search", "/(ru|en)/press/news", "/(ru|en)/press/news-list/:path*"],
};
