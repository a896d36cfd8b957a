import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/not-found-view";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";

// The 404 page as the server sends it, inside the site's layout and whole without JavaScript:
// server/http/not-found-page.ts answers a missing page's first load with this page's HTML, and
// this address itself with status 404.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/page-not-found">): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "NotFound" });
  // No page answers at this address in the other language either: its language link leads to
  // that language's home page (the header's link follows the page's hreflang alternate).
  const languages = Object.fromEntries(routing.locales.map((l) => [l, `/${l}`]));
  return { title: t("title"), robots: { index: false, follow: true }, alternates: { languages } };
}

export default async function PageNotFound({ params }: PageProps<"/[locale]/page-not-found">) {
  await resolvePageLocale(params);
  return <NotFoundView />;
}
