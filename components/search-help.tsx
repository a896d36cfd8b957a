import { useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import { routes } from "@/lib/routes";
import type { SearchHelp as Help } from "@/lib/search/help";

const link = "text-link";

// When a search finds little: a spelling that finds more, and what the other language's site has.
export function SearchHelp({ help }: { help: Help }) {
  const t = useTranslations("SearchPage");
  if (!help.suggestion && !help.other) return null;
  return (
    <div className="space-y-2 rounded border border-brand-100 bg-brand-50 p-3">
      {help.suggestion && (
        <p className="break-words">
          {t.rich("didYouMean", {
            q: help.suggestion,
            link: (chunks) => (
              <Link href={{ pathname: routes.search, query: { q: help.suggestion } }} prefetch={false} className={`${link} font-semibold`}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      {help.other && (
        <p>
          {t.rich("otherLanguage", {
            count: help.other.total,
            link: (chunks) => (
              <Link
                href={{ pathname: routes.search, query: { q: help.query } }}
                locale={help.other!.locale}
                hrefLang={help.other!.locale}
                prefetch={false}
                className={link}
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}
