import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegionCard } from "@/components/region-card";
import { RichText } from "@/components/rich-text";
import { resolvePageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { getPage } from "@/lib/pages/queries";
import { routes } from "@/lib/routes";
import { alternatesFor, samePath } from "@/lib/seo";
import { getRegions } from "@/lib/regions/queries";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "RegionsPage" });
  const page = await getPage(locale, "/regions");
  return { title: page?.title ?? t("title"), description: page?.description, alternates: alternatesFor(locale, samePath(routes.regions)) };
}

export default async function RegionsPage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  const t = await getTranslations("RegionsPage");
  const [regions, page] = await Promise.all([getRegions(locale), getPage(locale, "/regions")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{page?.title ?? t("title")}</h1>
      {page && <RichText doc={page.body} />}
      <p className="text-slate-700">{t("intro", { count: regions.length })}</p>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {regions.map((r) => (
          <li key={r.id}><RegionCard region={r} /></li>
        ))}
      </ul>
    </div>
  );
}
