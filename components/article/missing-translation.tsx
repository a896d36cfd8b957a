import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { routes } from "@/lib/routes";

export function MissingTranslation({ locale, slug, title }: { locale: Locale; slug: string; title: string }) {
  const t = useTranslations("MissingTranslation");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("text", { title })}</p>
      <p>
        <Link href={routes.article(slug)} locale={locale} hrefLang={locale} className="text-lg font-medium text-brand-700 underline underline-offset-2">
          <span lang={locale}>{title}</span>
        </Link>{" "}
        <span className="text-slate-600">({t("read")})</span>
      </p>
      <p>
        <Link href={routes.news} className="text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
