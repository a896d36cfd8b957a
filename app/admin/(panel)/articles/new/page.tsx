import { getLocale, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { NewArticleForm } from "@/components/admin/articles/new-article-form";
import { requirePageUser } from "@/lib/auth/page-guard";

export async function generateMetadata() {
  return titleMetadata("AdminArticles.create.title");
}

export default async function NewArticlePage() {
  await requirePageUser("content.write");
  const [t, locale] = await Promise.all([getTranslations("AdminArticles"), getLocale()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("create.title")}</h1>
      <NewArticleForm defaultLocale={locale === "en" ? "en" : "ru"} />
    </div>
  );
}
