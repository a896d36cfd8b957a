import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { DemoNotice } from "@/components/demo-notice";
import { RatingEditionTable } from "@/components/rating-edition-table";
import { RatingScoreChart } from "@/components/rating-score-chart";
import { Link } from "@/i18n/link";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing, type Locale } from "@/i18n/routing";
import { getRatingEdition, getRatingEditionParams } from "@/lib/ratings/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";
import { SCORE_FORMAT } from "@/lib/ratings/score-format";
import { decodeSegment } from "@/lib/url";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/[locale]/projects/[program]/[year]">;

export async function generateStaticParams() {
  const editions = await getRatingEditionParams();
  return routing.locales.flatMap((locale) => editions.map((e) => ({ locale, program: e.program, year: String(e.year) })));
}

async function load(locale: Locale, program: string, year: string) {
  const key = decodeSegment(program);
  if (key === null || !/^\d{4}$/.test(year)) return null;
  return getRatingEdition(locale, key, Number(year));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, program, year } = await resolvePageLocale(params);
  const edition = await load(locale, program, year);
  if (!edition) return {};
  const t = await getTranslations("RatingEdition");
  return pageMetadata(locale, samePath(routes.ratingEdition(edition.program.key, edition.year)), {
    title: t("title", { program: edition.program.title, year: edition.year }),
  });
}

export default async function RatingEditionPage({ params }: Props) {
  const { locale, program, year } = await resolvePageLocale(params);
  const edition = await load(locale, program, year);
  if (!edition) notFound();
  const [t, format] = await Promise.all([getTranslations("RatingEdition"), getFormatter()]);
  const { key, title } = edition.program;
  const rows = edition.entries.map((e) => ({
    rank: e.rank,
    score: e.score,
    scoreText: format.number(e.score, SCORE_FORMAT),
    ...e.region,
  }));
  const link = "text-link";
  return (
    <article className="space-y-8">
      <Breadcrumbs
        label={t("breadcrumb")}
        items={[{ href: routes.projects, label: t("projects") }, { href: routes.rating(key), label: title }, { label: String(edition.year) }]}
      />
      <header className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("title", { program: title, year: edition.year })}</h1>
        {edition.isDemo && <DemoNotice>{t("demo")}</DemoNotice>}
      </header>
      <LabelledSection id="edition-results" className="space-y-3" heading="text-xl font-semibold text-brand-900" title={t("results")}>
        <div className="overflow-x-auto">
          <RatingEditionTable
            rows={rows}
            locale={locale}
            labels={{ caption: t("caption", { program: title, year: edition.year }), rank: t("rank"), region: t("region"), score: t("score") }}
          />
        </div>
        <p>
          <a href={getPathname({ locale, href: routes.ratingCsv(key, edition.year) })} download className={link}>
            {t("csv")}
          </a>
        </p>
      </LabelledSection>
      <LabelledSection id="edition-scores" heading="mb-3 text-xl font-semibold text-brand-900" title={t("scores")}>
        <RatingScoreChart id={`score-chart-${key}-${edition.year}`} program={title} year={edition.year} entries={edition.entries} />
      </LabelledSection>
      <nav aria-label={t("otherEditions")} className="flex flex-wrap gap-x-6 gap-y-2">
        {edition.previous !== null && (
          <Link href={routes.ratingEdition(key, edition.previous)} rel="prev" className={link}>
            ← {t("previous", { year: edition.previous })}
          </Link>
        )}
        {edition.next !== null && (
          <Link href={routes.ratingEdition(key, edition.next)} rel="next" className={link}>
            {t("next", { year: edition.next })} →
          </Link>
        )}
        <Link href={routes.rating(key)} className={link}>
          {t("allEditions")}
        </Link>
      </nav>
    </article>
  );
}
