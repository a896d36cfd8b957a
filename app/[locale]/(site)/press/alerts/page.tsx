import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertsIntl } from "@/components/alerts/alerts-intl";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { resolvePageLocale } from "@/i18n/page-locale";
import { mailConfigured } from "@/lib/mail/transport";
import { getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/press/alerts">;

// Rendered per request: whether mail can be sent is the server's configuration, not the build's.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Alerts" });
  // A form, not content: kept out of search results and the sitemap.
  return { ...(await pageMetadata(locale, samePath(routes.alerts), { title: t("title"), description: t("intro") })), robots: { index: false } };
}

export default async function AlertsPage({ params }: Props) {
  const { locale } = await resolvePageLocale(params);
  const [t, regions] = await Promise.all([getTranslations("Alerts"), getRegions(locale)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-2xl text-lg">{t("intro")}</p>
      {mailConfigured() ? (
        <AlertsIntl>
          <SubscribeForm regions={regions.map((r) => ({ id: r.id, name: r.name }))} />
        </AlertsIntl>
      ) : (
        <p role="status" className="max-w-2xl rounded border border-amber-300 bg-amber-50 px-4 py-3">
          {t("unavailable")}
        </p>
      )}
    </div>
  );
}
