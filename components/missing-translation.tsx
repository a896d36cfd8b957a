import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import type { Locale } from "@/i18n/routing";

// An item (article, practice, album) published in the other language only: the language
// switcher and links from the other site lead here, never to a 404.
export function MissingTranslation({
  locale,
  title,
  href,
  back,
}: {
  locale: Locale;
  title: string;
  href: string;
  back: { href: string; message: "back" | "backPractices" | "backGallery" };
}) {
  const t = useTranslations("MissingTranslation");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("text", { title })}</p>
      <p>
        <Link href={href} locale={locale} hrefLang={locale} className="text-lg font-medium text-link">
          <span lang={locale}>{title}</span>
        </Link>{" "}
        <span className="text-slate-600">({t("read")})</span>
      </p>
      <p>
        <Link href={back.href} className="text-link">
          {t(back.message)}
        </Link>
      </p>
    </div>
  );
}
