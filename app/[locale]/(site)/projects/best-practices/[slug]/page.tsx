import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MissingTranslation } from "@/components/missing-translation";
import { RichText } from "@/components/rich-text";
import { Link } from "@/i18n/link";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { getPractice, getPracticeParams } from "@/lib/practices/queries";
import { routes } from "@/lib/routes";
import { pageMetadata } from "@/lib/social";
import { decodeSegment } from "@/lib/url";

type Props = PageProps<"/[locale]/projects/best-practices/[slug]">;

export async function generateStaticParams() {
  return getPracticeParams();
}

async function load(locale: Locale, slug: string) {
  const decoded = decodeSegment(slug);
  return decoded === null ? null : getPractice(locale, decoded);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolvePageLocale(params);
  const found = await load(locale, slug);
  if (found?.type === "missing") return { robots: { index: false } };
  if (found?.type !== "practice") return {};
  const p = found.practice;
  // hreflang names only the translations that exist, each under its own slug.
  const paths = Object.fromEntries(Object.entries(p.slugs).map(([l, s]) => [l, routes.practice(s)]));
  return pageMetadata(locale, paths, { title: p.title, description: p.summary });
}

export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await resolvePageLocale(params);
  const found = await load(locale, slug);
  if (!found) notFound();
  // An old slug of a published practice: its links from before the rename keep working.
  if (found.type === "moved") permanentRedirect(getPathname({ locale, href: routes.practice(found.slug) }));
  // Reached with the other language's slug (the locale switcher keeps the path).
  if (found.type === "translated") redirect(getPathname({ locale, href: routes.practice(found.slug) }));
  if (found.type === "missing")
    return (
      <MissingTranslation
        locale={found.locale}
        title={found.title}
        href={routes.practice(found.slug)}
        back={{ href: routes.practices, message: "backPractices" }}
      />
    );
  const p = found.practice;
  const [t, format] = await Promise.all([getTranslations("PracticePage"), getFormatter()]);
  return (
    <article className="max-w-3xl space-y-6">
      <Breadcrumbs
        label={t("breadcrumb")}
        items={[{ href: routes.projects, label: t("projects") }, { href: routes.practices, label: t("practices") }, { label: p.title }]}
      />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{p.title}</h1>
        <p className="text-lg text-slate-700">{p.summary}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t("region")}</dt>
          <dd>
            <Link href={routes.region(p.region.slug)} className="text-link">
              {p.region.name}
            </Link>
          </dd>
          <dt className="text-slate-600">{t("topics")}</dt>
          <dd>{p.topics.map((x) => x.name).join(", ")}</dd>
          <dt className="text-slate-600">{t("published")}</dt>
          <dd>
            <time dateTime={p.publishedAt}>{format.dateTime(new Date(p.publishedAt), { dateStyle: "long" })}</time>
          </dd>
        </dl>
      </header>
      <RichText doc={p.body} />
      <p>
        <Link href={routes.practices} className="text-link">
          {t("allPractices")}
        </Link>
      </p>
    </article>
  );
}
