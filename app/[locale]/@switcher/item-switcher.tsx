import { SiteLocaleSwitcher } from "@/components/site-locale-switcher";
import { resolvePageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { decodeSegment } from "@/lib/url";

type Slugs = Partial<Record<Locale, string>>;

// The switcher of an item page with a slug per language: the same cached read as the page, so
// it costs no query of its own.
export function itemSwitcher<T>(load: (locale: Locale, slug: string) => Promise<T>, slugsOf: (found: T) => Slugs | undefined, route: (slug: string) => string) {
  return async function ItemSwitcher({ params }: { params: Promise<{ locale: string; slug: string }> }) {
    const { locale, slug } = await resolvePageLocale(params);
    const decoded = decodeSegment(slug);
    const found = decoded === null ? undefined : await load(locale, decoded);
    return <SiteLocaleSwitcher slugs={found ? slugsOf(found) : undefined} route={route} />;
  };
}
