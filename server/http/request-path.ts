// What the server decides from a request's address and cookies, parsed rather than matched as
// text, so that no spelling of a path or a cookie talks its way past a rule.
import { parseCookie } from "cookie";

// RFC 3986 unreserved characters: "%73" and "s" name the same resource.
const ESCAPED_UNRESERVED = /%(?:[46][1-9A-F]|[57][0-9A]|3[0-9]|2D|2E|5F|7E)/gi;

// The path as routes see it: unreserved characters unescaped, "." and ".." segments resolved,
// repeated slashes collapsed. Other escapes (Cyrillic slugs, "%2F") stay as they are.
export function canonicalPath(path: string): string {
  // A backslash is a slash to browsers: kept escaped, it cannot turn "/\host" into another site.
  const unescaped = path.replace(ESCAPED_UNRESERVED, (escape) => decodeURIComponent(escape)).replaceAll("\\", "%5C");
  const out: string[] = [];
  const segments = unescaped.split("/").slice(1);
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === "..") out.pop();
    if (segment === "." || segment === "..") {
      if (last) out.push("");
      return;
    }
    if (segment === "" && !last) return;
    out.push(segment);
  });
  return "/" + out.join("/");
}

// A request target's path and its query (with the "?", or "").
export function splitUrl(url: string): { path: string; query: string } {
  const mark = url.indexOf("?");
  return mark === -1 ? { path: url, query: "" } : { path: url.slice(0, mark), query: url.slice(mark) };
}

// The address to redirect to when this one is another spelling of it, else null.
export function canonicalRedirect(url: string): string | null {
  const { path, query } = splitUrl(url);
  const canonical = canonicalPath(path);
  return canonical === path ? null : canonical + query;
}

// Cookies that mean a visitor is signed in or previewing (the session is named in
// lib/auth/cookie.ts). Names are compared after parsing, trimmed and in any case.
const PRIVATE_COOKIES = new Set(["airr_session", "__host-airr_session", "__prerender_bypass", "__next_preview_data"]);
const AUTH_LIBRARY_COOKIE = /(?:^|[._-])better-auth\./;

export function hasPrivateCookie(header: string | undefined): boolean {
  if (!header) return false;
  return Object.keys(parseCookie(header)).some((name) => {
    const lower = name.toLowerCase();
    return PRIVATE_COOKIES.has(lower) || AUTH_LIBRARY_COOKIE.test(lower);
  });
}
