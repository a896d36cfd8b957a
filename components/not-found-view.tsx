import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import { routes } from "@/lib/routes";

const link = "text-link";
const ways = [
  ["home", routes.home],
  ["regions", routes.regions],
  ["news", routes.news],
  ["search", routes.search],
] as const;

export function NotFoundView() {
  const t = useTranslations("NotFound");
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <ul className="flex flex-wrap gap-4">
        {ways.map(([key, href]) => (
          <li key={key}>
            <Link className={link} href={href}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
