import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing, type Locale } from "@/i18n/routing";
import { alternatesFor } from "@/lib/seo";

type Paths = Partial<Record<Locale, string>>;
type OpenGraph = NonNullable<Metadata["openGraph"]>;
export type SocialImage = { url: string; width: number; height: number; alt: string };

export const ogLocale = (l: Locale) => (l === "ru" ? "ru_RU" : "en_US");

// The emblem, square, for structured data (a publisher's logo).
export const LOGO = { url: "/logo.png", width: 512, height: 512 } as const;

// The site's own picture for pages without one of their own.
export const DEFAULT_SOCIAL_IMAGE = { url: "/og-default.png", width: 1200, height: 630 } as const;

// Canonical, hreflang alternates and complete social tags for one page: Next.js replaces a
// layout's openGraph as a whole, so every page gets site name, locales, its URL and an image
// with its alt text from here rather than from the layout.
export async function pageMetadata(
  locale: Locale,
  paths: Paths,
  meta: Metadata & { title?: string; description?: string },
  social: { image?: SocialImage; openGraph?: Partial<OpenGraph> & { type?: string } } = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const alternates = alternatesFor(locale, paths);
  const title = meta.title ?? t("siteName");
  const image = social.image ?? { ...DEFAULT_SOCIAL_IMAGE, alt: t("imageAlt") };
  const others = routing.locales.filter((l) => l !== locale && paths[l] !== undefined);
  const openGraph = {
    type: "website",
    siteName: t("siteName"),
    locale: ogLocale(locale),
    alternateLocale: others.map(ogLocale),
    url: alternates?.canonical ?? undefined,
    title,
    ...(meta.description ? { description: meta.description } : {}),
    images: [image],
    ...social.openGraph,
  } as OpenGraph;
  return { ...meta, alternates, openGraph, twitter: { card: "summary_large_image", title, images: [{ url: image.url, alt: image.alt }] } };
}

type LinkOnlyPage = "Alerts.confirm" | "Alerts.settings" | "PressListVerify";

// The metadata of a page only the holder of an e-mailed link opens: its title, and no indexing.
export const linkOnlyMetadata =
  (namespace: LinkOnlyPage) =>
  async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await resolvePageLocale(params);
    return { title: (await getTranslations({ locale, namespace }))("title"), robots: { index: false } };
  };
