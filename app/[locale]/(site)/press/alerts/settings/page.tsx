import { getTranslations } from "next-intl/server";
import { AlertsIntl } from "@/components/alerts/alerts-intl";
import { AlertSettingsForm } from "@/components/alerts/settings-form";
import { TokenForm } from "@/components/alerts/token-form";
import { Link } from "@/i18n/link";
import { resolvePageLocale } from "@/i18n/page-locale";
import { unsubscribeAction } from "@/lib/actions/alerts";
import { findSubscriberByToken } from "@/lib/alerts/subscriptions";
import { getRegions } from "@/lib/regions/queries";
import { routes } from "@/lib/routes";
import { linkOnlyMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/press/alerts/settings">;

export const generateMetadata = linkOnlyMetadata("Alerts.settings");

const note = "rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900";
const link = "text-link";

// A subscriber's settings, reached by the link in every message: no account, the token is the key.
export default async function AlertSettingsPage({ params, searchParams }: Props) {
  const { locale } = await resolvePageLocale(params);
  const query = await searchParams;
  const token = String(query.token ?? "");
  const [t, subscriber, regions] = await Promise.all([getTranslations("Alerts.settings"), findSubscriberByToken(token), getRegions(locale)]);
  if (!subscriber || subscriber.status === "pending")
    return (
      <div className="max-w-2xl space-y-6">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p role="alert">
          {t("invalid")}{" "}
          <Link href={routes.alerts} className={link}>
            {t("subscribe")}
          </Link>
        </p>
      </div>
    );
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {query.confirmed && subscriber.status === "active" && <p className={note}>{t("confirmed")}</p>}
      {subscriber.status === "unsubscribed" ? (
        <p role="status" className={note}>
          {t("unsubscribed", { email: subscriber.email })}{" "}
          <Link href={routes.alerts} className={link}>
            {t("subscribe")}
          </Link>
        </p>
      ) : (
        <>
          <p>{t("for", { email: subscriber.email })}</p>
          <AlertsIntl>
            <AlertSettingsForm
              token={token}
              regions={regions.map((r) => ({ id: r.id, name: r.name }))}
              value={{ scope: subscriber.scope, frequency: subscriber.frequency, regionIds: subscriber.regions.map((r) => r.id) }}
            />
          </AlertsIntl>
          <TokenForm
            action={unsubscribeAction}
            token={token}
            locale={locale}
            button={t("unsubscribe")}
            danger
            id="unsubscribe"
            className="space-y-2 border-t border-slate-200 pt-6"
          >
            <p>{t("leave")}</p>
          </TokenForm>
        </>
      )}
    </div>
  );
}
