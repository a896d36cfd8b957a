import { getTranslations } from "next-intl/server";
import type { ArticleListQuery } from "@/lib/zod/article-list";
import { articleKinds } from "@/lib/zod/article";
import { SelectOptions } from "@/components/select-options";

const field = "rounded border border-slate-300 bg-white px-2 py-1.5";
const statuses = ["draft", "scheduled", "published", "withdrawn", "unpublished"] as const;

// A plain GET form: filters work and can be bookmarked without JavaScript.
export async function ArticleFilter({ query }: { query: ArticleListQuery }) {
  const [t, st] = await Promise.all([getTranslations("AdminArticles"), getTranslations("AdminStatus")]);
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        {t("search")}
        <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
      </label>
      <label className="flex flex-col gap-1">
        {t("status")}
        <select name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">{t("anyStatus")}</option>
          <SelectOptions options={statuses.map((s) => ({ value: s, label: st(`status.${s}`) }))} />
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t("kind")}
        <select name="kind" defaultValue={query.kind ?? ""} className={field}>
          <option value="">{t("anyKind")}</option>
          <SelectOptions options={articleKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        </select>
      </label>
      <label className="flex flex-col gap-1">
        {t("translation")}
        <select name="translation" defaultValue={query.translation ?? ""} className={field}>
          <option value="">{t("anyTranslation")}</option>
          <option value="missing">{st("translation.missing")}</option>
          <option value="outdated">{st("translation.outdated")}</option>
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white">
        {t("filter")}
      </button>
    </form>
  );
}
