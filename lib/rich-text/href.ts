// Which link targets a text may carry. A browser reads "//host" and "/\host" as another site and
// drops tabs and line breaks anywhere in a URL, so "/<tab>/host" is one too: a site path must not
// start with a slash or backslash after its own, and no link may hold control characters.
export const SAFE_HREF = /^(?:https?:\/\/|mailto:|\/(?![/\\])|#)[^\u0000-\u001f\u007f]*$/i;

// A path on this site (redirect targets): no scheme, no host, nothing HTML would end early
// on, and one spelling only: "/.//evil.com" and "/..//evil.com" are read as another host by
// browsers once a proxy or the router tidies the dots away.
export function isSitePath(value: string): boolean {
  if (!/^\/[^\s<>"\\\u0000-\u001f\u007f]*$/.test(value)) return false;
  const path = value.split(/[?#]/)[0]!;
  return !path.includes("//") && !/%(?:2e|2f|5c)/i.test(path) && !path.split("/").some((segment) => segment === "." || segment === "..");
}

export const isSafeHref = (href: string) => SAFE_HREF.test(href);
