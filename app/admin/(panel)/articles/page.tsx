import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { ArticleFilter } from "@/components/admin/articles/article-filter";
import { ArticleTable } from "@/components/admin/articles/article-table";
import { ListPagination } from "@/components/admin/users/list-pagination";
import { listAdminArticlesFiltered } from "@/lib/articles/admin-queries";
import { requirePageUser } from "@/lib/auth/page-guard";
import { articleListSchema } from "@/lib/zod/article-list";

type Props = PageProps<"/admin/articles">;

export async function generateMetadata() {
  return titleMetadata("AdminArticles.title");
}

export default async function ArticlesPage({ searchParams }: Props) {
  await requirePageUser("content.write");
  const raw = await searchParams;
  const query = articleListSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [t, list] = await Promise.all([getTranslations("AdminArticles"), listAdminArticlesFiltered(query)]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
        <Link href="/admin/articles/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white">
          {t("new")}
        </Link>
      </div>
      <ArticleFilter query={query} />
      <ArticleTable rows={list.rows} />
      <ListPagination
        pathname="/admin/articles"
        page={query.page}
        pageCount={list.pages}
        query={{ q: query.q, status: query.status, kind: query.kind, translation: query.translation }}
      />
    </div>
  );
}
