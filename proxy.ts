import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Picks the locale for `/` (cookie, then Accept-Language, then ru) and keeps the
// prefix on every public path. Not a security boundary: the back office checks
// sessions itself.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|admin|media|_next|_vercel|.*\\..*).*)"],
};
