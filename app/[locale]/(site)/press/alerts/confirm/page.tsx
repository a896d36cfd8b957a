import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/alerts/token-form";
import { Link } from "@/i18n/link";
import { resolvePageLocale } from "@/i18n/page-locale";
import { confirmAlertsAction } from "@/lib/actions/alerts";
import { findSubscriberByToken } from "@/lib/alerts/subscriptions";
import { routes } from "@/lib/routes";
import { linkOnlyMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/press/alerts/confirm">;

export const generateMetadata = linkOnlyMetadata("Alerts.confirm");

// The link of the confirmation message opens this page; the subscription starts only with the
// button, so a mail scanner that follows links confirms nothing.
export default async function ConfirmAlertsPage({ params, searchParams }: Props) {
  const { locale } = await resolvePageLocale(params);
  const token = String((await searchParams).token ?? "");
  const [t, subscriber] = await Promise.all([getTranslations("Alerts.confirm"), findSubscriberByToken(token)]);
  const valid = subscriber && subscriber.status !== "unsubscribed";
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {valid ? (
        <TokenForm action={confirmAlertsAction} token={token} locale={locale} button={t("button")}>
          <p>{t("text", { email: subscriber.email })}</p>
        </TokenForm>
      ) : (
        <p role="alert">
          {t("invalid")}{" "}
          <Link href={routes.alerts} className="text-link">
            {t("again")}
          </Link>
        </p>
      )}
    </div>
  );
}
