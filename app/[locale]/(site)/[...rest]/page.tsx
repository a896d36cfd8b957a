import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SitePageView } from "@/components/site-page-view";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { getPage } from "@/lib/pages/queries";
import { pageMetadata } from "@/lib/social";
import { dedicatedPaths, flattenSiteMap } from "@/lib/site-map";
import { decodeSegment } from "@/lib/url";

// Pages of the site map without a screen of their own yet render their stored text;
// any other path is a localized 404.
type Props = PageProps<"/[locale]/[...rest]">;

function pathOf(rest: string[]): string | null {
  const parts = rest.map(decodeSegment);
  return parts.some((p) => p === null) ? null : `/${parts.join("/")}`;
}

export function generateStaticParams() {
  const paths = flattenSiteMap().filter((p) => !dedicatedPaths.has(p.path));
  return routing.locales.flatMap((locale) => paths.map((p) => ({ locale, rest: p.path.slice(1).split("/") })));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, rest } = await resolvePageLocale(params);
  const path = pathOf(rest);
  const page = path ? await getPage(locale, path) : null;
  if (!page || !path) return {};
  return pageMetadata(locale, Object.fromEntries(page.locales.map((l) => [l, path])), { title: page.title, description: page.description });
}

export default async function SitePage({ params }: Props) {
  const { locale, rest } = await resolvePageLocale(params);
  const path = pathOf(rest);
  const page = path ? await getPage(locale, path) : null;
  if (!page) notFound();
  return <SitePageView page={page} />;
}
