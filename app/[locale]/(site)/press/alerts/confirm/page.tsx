import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { confirmAlertsAction } from "@/lib/actions/alerts";
import { findSubscriberByToken } from "@/lib/alerts/subscriptions";
import { routes } from "@/lib/routes";

type Props = PageProps<"/[locale]/press/alerts/confirm">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await resolvePageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "Alerts.confirm" }))("title"), robots: { index: false } };
}

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
        <form action={confirmAlertsAction} className="space-y-4">
          <p>{t("text", { email: subscriber.email })}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-medium text-white hover:bg-brand-900">
            {t("button")}
          </button>
        </form>
      ) : (
        <p role="alert">
          {t("invalid")}{" "}
          <Link href={routes.alerts} className="text-brand-700 underline underline-offset-2">
            {t("again")}
          </Link>
        </p>
      )}
    </div>
  );
}
