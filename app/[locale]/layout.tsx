import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { FeedLink } from "@/components/feed-link";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { routing } from "@/i18n/routing";
import { siteUrl } from "@/lib/site-url";
import { DEFAULT_SOCIAL_IMAGE, ogLocale } from "@/lib/social";

type Props = LayoutProps<"/[locale]">;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s — ${t("shortName")}` },
    description: t("description"),
    // Pages replace these with their own (lib/social.ts); a 404 or a preview keeps them.
    openGraph: {
      siteName: t("siteName"),
      locale: ogLocale(locale),
      type: "website",
      images: [{ ...DEFAULT_SOCIAL_IMAGE, alt: t("imageAlt") }],
    },
    twitter: { card: "summary_large_image", images: [{ url: DEFAULT_SOCIAL_IMAGE.url, alt: t("imageAlt") }] },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get their strings as props; only the error page needs messages. */}
        <NextIntlClientProvider messages={{ ErrorPage: messages.ErrorPage }}>
          <FeedLink locale={locale} />
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
