import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { resolvePageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { routing } from "@/i18n/routing";
import { getPage } from "@/lib/pages/queries";
import { alternatesFor } from "@/lib/seo";
import { flattenSiteMap } from "@/lib/site-map";

// Pages of the site map without a screen of their own yet render their stored text;
// any other path is a localized 404.
type Props = { params: Promise<{ locale: Locale; rest: string[] }> };

function pathOf(rest: string[]): string | null {
  try {
    return `/${rest.map(decodeURIComponent).join("/")}`;
  } catch {
    return null; // a malformed escape such as %E0%A4 is a 404, not a 500
  }
}

export function generateStaticParams() {
  const paths = flattenSiteMap().filter((p) => p.path !== "/regions");
  return routing.locales.flatMap((locale) => paths.map((p) => ({ locale, rest: p.path.slice(1).split("/") })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, rest } = await resolvePageLocale(params);
  const path = pathOf(rest);
  const page = path ? await getPage(locale, path) : null;
  if (!page || !path) return {};
  return { title: page.title, description: page.description, alternates: alternatesFor(locale, Object.fromEntries(page.locales.map((l) => [l, path]))) };
}

export default async function SitePage({ params }: Props) {
  const { locale, rest } = await resolvePageLocale(params);
  const path = pathOf(rest);
  const page = path ? await getPage(locale, path) : null;
  if (!page) notFound();
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{page.title}</h1>
      <RichText doc={page.body} />
    </article>
  );
}
