import type { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import { limitSearch } from "./lib/rate-limit/search";

// Picks the locale for `/` (cookie, then Accept-Language, then ru) and keeps the
// prefix on every public path. Not a security boundary: the back office checks
// sessions itself.
const intl = createMiddleware(routing);

// Searches are limited per address before anything else runs (see lib/rate-limit/search.ts).
export default function proxy(request: NextRequest) {
  return limitSearch(request) ?? intl(request);
}

export const config = {
  matcher: ["/((?!api|admin|media|_next|_vercel|.*\\..*).*)"],
};
