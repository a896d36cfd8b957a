import { getPathname } from "@/i18n/navigation";
import { findSubscriberByToken, unsubscribe } from "@/lib/alerts/subscriptions";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-url";

// One-click unsubscribe (RFC 8058): the mail client POSTs "List-Unsubscribe=One-Click" to the
// address of the List-Unsubscribe header, from its own servers, so no Origin is expected; the
// subscriber's secret token is the authority. A GET (a person following the link) changes
// nothing and leads to the settings page, where one button unsubscribes.
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const done = await unsubscribe(token);
  return new Response(done ? "Unsubscribed\n" : "Unknown subscription\n", {
    status: done ? 200 : 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const locale = (await findSubscriberByToken(token))?.locale ?? "ru";
  const path = getPathname({ locale, href: { pathname: routes.alertSettings, query: { token } } });
  return Response.redirect(`${siteUrl()}${path}#unsubscribe`, 303);
}
