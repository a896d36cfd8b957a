// Session lifetime and cookie naming, shared by the auth configuration and the session check.
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
// Writing the last-seen time on every request would cost a write per page; once a minute is enough.
export const SESSION_TOUCH_SECONDS = 60;

export function usesSecureCookies(): boolean {
  return (process.env.SITE_URL ?? "").startsWith("https://");
}

// __Host- makes the browser insist on Secure, Path=/ and no Domain; it needs HTTPS.
export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Host-airr_session" : "airr_session";
}
