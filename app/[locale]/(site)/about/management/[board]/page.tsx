import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PersonCard } from "@/components/person-card";
import { SitePageHeader } from "@/components/site-page-header";
import { resolvePageLocale } from "@/i18n/page-locale";
import { routing } from "@/i18n/routing";
import { getPage } from "@/lib/pages/queries";
import { boards, getBoardMembers, getEmptyBoardPaths, type BoardSlug } from "@/lib/people/queries";
import { routes } from "@/lib/routes";
import { samePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/social";

type Props = PageProps<"/[locale]/about/management/[board]">;

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => Object.keys(boards).map((board) => ({ locale, board })));
}

const isBoard = (b: string): b is BoardSlug => b in boards;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, board } = await resolvePageLocale(params);
  const path = `${routes.management}/${board}`;
  const [page, empty] = await Promise.all([getPage(locale, path), getEmptyBoardPaths()]);
  if (!page) return {};
  // Until it has members the page only says when they will be published: out of the menu, the
  // sitemap and search results.
  const robots = empty.includes(path) ? { index: false, follow: true } : undefined;
  return pageMetadata(locale, samePath(path), { title: page.title, description: page.description, robots });
}

export default async function BoardPage({ params }: Props) {
  const { locale, board } = await resolvePageLocale(params);
  if (!isBoard(board)) notFound();
  const [t, page, people] = await Promise.all([getTranslations("BoardPage"), getPage(locale, `${routes.management}/${board}`), getBoardMembers(locale, board)]);
  return (
    <div className="space-y-8">
      <SitePageHeader page={page} fallbackTitle={t(`title.${board}`)} />
      {people.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {people.map((p) => (
            <li key={p.id}>
              <PersonCard person={p} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
