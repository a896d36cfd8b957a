import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleColumn } from "@/components/admin/articles/locale-column";
import { SharedForm } from "@/components/admin/articles/shared-form";
import { getArticleForEditor, regionOptions } from "@/lib/articles/editor-data";
import { videoOptions } from "@/lib/media/admin-queries";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { localesFrom } from "@/i18n/routing";
import { LabelledSection } from "@/components/labelled-section";

type Props = PageProps<"/admin/articles/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Before the article is read: the redirect's body carries the title.
  await requirePageUser("content.write");
  const data = await getArticleForEditor((await params).id);
  return { title: data?.translations.ru?.title || data?.translations.en?.title || (await getTranslations("AdminArticles"))("title") };
}

export default async function ArticleEditorPage({ params }: Props) {
  const user = await requirePageUser("content.write");
  const { id } = await params;
  const data = await getArticleForEditor(id);
  if (!data) notFound();
  const locale = (await getLocale()) as "ru" | "en";
  const [t, regions, videos] = await Promise.all([getTranslations("AdminEditor"), regionOptions(locale), videoOptions(locale)]);
  const canPublish = can(user.role, "content.publish");
  const anyVisible = Object.values(data.translations).some((tr) => tr && (tr.status === "published" || tr.status === "withdrawn"));
  // The editor's own language first; the other stays in view beside it.
  const order = localesFrom(locale);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-brand-900">{data.translations[order[0]!]?.title || data.translations[order[1]!]?.title}</h1>
      <LabelledSection id="shared" className="rounded border border-slate-200 bg-white p-4" heading="mb-3 text-lg font-semibold" title={t("shared")}>
        <SharedForm
          articleId={data.id}
          version={data.version}
          kind={data.kind}
          regionIds={data.regionIds}
          cover={data.cover}
          sourceName={data.sourceName}
          sourceUrl={data.sourceUrl}
          regions={regions}
          readOnly={anyVisible && !canPublish}
        />
      </LabelledSection>
      <div className="grid gap-6 xl:grid-cols-2">
        {order.map((l) => (
          <LocaleColumn key={l} data={data} locale={l} canPublish={canPublish} videos={videos} />
        ))}
      </div>
    </div>
  );
}
