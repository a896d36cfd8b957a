import { NextResponse, type NextRequest } from "next/server";
import { A11Y_COOKIE, A11Y_MAX_AGE, changeA11y, parseA11yCookie, serializeA11y } from "@/lib/a11y-mode";

// The header's "Accessible version" links: turn the mode on, change one of its settings, or
// turn it off (`off`), then go back to the page the visitor was on. Plain links, so it works
// without JavaScript. Open to everyone: it only sets the visitor's own display preference.
export const dynamic = "force-dynamic";

// Back to a page of the public site only: no other host, no dot segments, nothing odd; its
// query (a search, a filter) in percent-encoded form.
const BACK = /^\/(ru|en)(?:\/[\w%-]+)*(?:\?[\w%=&.+~-]*)?$/;

export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams;
  const asked = query.get("back") ?? "";
  const response = new NextResponse(null, { status: 303, headers: { Location: BACK.test(asked) ? asked : "/ru", "Cache-Control": "no-store" } });
  if (query.has("off")) response.cookies.delete(A11Y_COOKIE);
  else {
    const mode = changeA11y(parseA11yCookie(request.cookies.get(A11Y_COOKIE)?.value), query);
    response.cookies.set(A11Y_COOKIE, serializeA11y(mode), { path: "/", sameSite: "lax", maxAge: A11Y_MAX_AGE });
  }
  return response;
}
