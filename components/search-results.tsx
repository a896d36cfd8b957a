import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import type { SearchHit } from "@/lib/search/queries";

// snippetHtml comes only from lib/search/snippet.ts: escaped text plus <mark> pairs.
export function SearchResults({ items }: { items: SearchHit[] }) {
  const t = useTranslations("SearchPage");
  const kind = useTranslations("NewsCard");
  const format = useFormatter();
  return (
    <ol aria-label={t("results")} className="space-y-5">
      {items.map((item) => (
        <li key={`${item.type}:${item.href}`} className="space-y-1 border-b border-slate-200 pb-5">
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span className="rounded bg-brand-50 px-2 py-0.5 font-medium text-brand-800">
              {item.type === "article" ? kind("kind", { kind: item.kind ?? "other" }) : t("type", { type: item.type })}
            </span>
            {item.date && <time dateTime={item.date}>{format.dateTime(new Date(item.date), { dateStyle: "long" })}</time>}
          </p>
          <h2 className="text-lg leading-snug font-semibold text-brand-900">
            <Link href={item.href} className="hover:underline">
              {item.title}
            </Link>
          </h2>
          {item.snippetHtml && (
            <p
              className="break-words text-slate-700 [&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:text-inherit"
              dangerouslySetInnerHTML={{ __html: item.snippetHtml }}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
