import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { routes } from "@/lib/routes";

export default function NotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link className="text-brand-700 underline underline-offset-2" href={routes.home}>
            {t("home")}
          </Link>
        </li>
        <li>
          <Link className="text-brand-700 underline underline-offset-2" href={routes.regions}>
            {t("regions")}
          </Link>
        </li>
        <li>
          <Link className="text-brand-700 underline underline-offset-2" href={routes.news}>
            {t("news")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
