import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/article/article-view";
import { getPathname } from "@/i18n/navigation";
import { resolvePageLocale } from "@/i18n/page-locale";
import { loadDetail } from "@/lib/articles/article";
import { getCurrentUser } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { siteUrl } from "@/lib/site-url";

type Props = PageProps<"/[locale]/preview/articles/[id]">;

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Editors see an unpublished text inside the real site layout, rendered by the same
// component as the public page; it is never cached and never indexed.
export default async function ArticlePreviewPage({ params }: Pick<Props, "params">) {
  const { locale, id } = await resolvePageLocale(params);
  const user = await getCurrentUser();
  if (!user) redirect("/admin/sign-in");
  const article = await loadDetail(locale, id, true);
  if (!article) notFound();
  const t = await getTranslations("ArticlePage");
  return (
    <div className="space-y-4">
      <p role="note" className="rounded border border-brand-600 bg-brand-50 px-3 py-2 text-sm text-brand-900">
        {t("previewNotice")}
      </p>
      <ArticleView preview article={article} url={siteUrl() + getPathname({ locale, href: routes.article(article.slug) })} />
    </div>
  );
}
