import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/link";
import type { RatingEditionDetail } from "@/lib/ratings/queries";
import { SCORE_FORMAT } from "@/lib/ratings/score-format";
import { routes } from "@/lib/routes";
import { LabelledSection } from "@/components/labelled-section";

export function RatingsTeaser({ edition }: { edition: RatingEditionDetail }) {
  const t = useTranslations("HomePage");
  const format = useFormatter();
  return (
    <LabelledSection
      id="home-ratings"
      className="rounded-lg border border-slate-200 p-5"
      heading="mb-1 text-xl font-semibold text-brand-900"
      title={`${edition.program.title}, ${edition.year}`}
    >
      {edition.isDemo && <p className="mb-3 text-xs text-slate-600">{t("demoRating")}</p>}
      <ol className="space-y-1">
        {edition.entries.slice(0, 5).map((e) => (
          <li key={e.region.code} className="flex justify-between gap-4 border-b border-slate-100 py-1">
            <span>
              <span className="mr-2 font-semibold text-brand-800">{e.rank}.</span>
              <Link href={routes.region(e.region.slug)} className="hover:underline">
                {e.region.name}
              </Link>
            </span>
            <span className="text-slate-600 tabular-nums">{format.number(e.score, SCORE_FORMAT)}</span>
          </li>
        ))}
      </ol>
      <Link href={routes.ratingEdition(edition.program.key, edition.year)} className="mt-3 inline-block text-link">
        {t("fullRating")}
      </Link>
    </LabelledSection>
  );
}
