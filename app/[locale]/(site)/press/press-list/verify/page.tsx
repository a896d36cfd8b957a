import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/alerts/token-form";
import { resolvePageLocale } from "@/i18n/page-locale";
import { verifyJournalistAction } from "@/lib/actions/alerts";
import { findJournalistByToken } from "@/lib/press/list";
import { linkOnlyMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/press/press-list/verify">;

export const generateMetadata = linkOnlyMetadata("PressListVerify");

// A journalist added to the press list confirms the address with the button (a mail scanner
// following the link confirms nothing).
export default async function PressListVerifyPage({ params, searchParams }: Props) {
  const { locale } = await resolvePageLocale(params);
  const query = await searchParams;
  const token = String(query.token ?? "");
  const [t, journalist] = await Promise.all([getTranslations("PressListVerify"), findJournalistByToken(token)]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      {!journalist ? (
        <p role="alert">{t("invalid")}</p>
      ) : journalist.verifiedAt ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          {t("done", { email: journalist.email })}
        </p>
      ) : (
        <TokenForm action={verifyJournalistAction} token={token} locale={locale} button={t("button")}>
          <p>{t("text", { email: journalist.email })}</p>
        </TokenForm>
      )}
    </div>
  );
}
