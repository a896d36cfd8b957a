import { useTranslations } from "next-intl";
import { CardTitle, LongDate } from "@/components/card-parts";
import { MediaImage } from "@/components/media-image";
import { Link } from "@/i18n/link";
import type { ArticleCard } from "@/lib/articles/queries";
import { routes } from "@/lib/routes";

export function NewsCard({ article, headingLevel = 3 }: { article: ArticleCard; headingLevel?: 2 | 3 }) {
  const t = useTranslations("NewsCard");
  return (
    <article className="flex w-full flex-col gap-2 rounded-lg border border-slate-200 p-4">
      {article.cover && (
        <MediaImage
          image={article.cover}
          sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw"
          className="aspect-[3/2] w-full rounded object-cover"
        />
      )}
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">{t("kind", { kind: article.kind })}</span>
        <LongDate value={article.publishedAt} />
      </p>
      <CardTitle href={routes.article(article.slug)} level={headingLevel}>
        {article.title}
      </CardTitle>
      <p className="text-slate-700">{article.lead}</p>
      {article.regions.length > 0 && (
        <ul className="mt-auto flex flex-wrap gap-2 text-sm">
          {article.regions.map((r) => (
            <li key={r.slug}>
              <Link href={routes.region(r.slug)} className="text-link inline-block py-0.5">
                {r.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
