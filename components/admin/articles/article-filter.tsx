import { getTranslations } from "next-intl/server";
import type { ArticleListQuery } from "@/lib/zod/article-list";
import { articleKinds } from "@/lib/zod/article";
import { SelectOptions, type Option } from "@/components/select-options";

const field = "rounded border border-slate-300 bg-white px-2 py-1.5";
const statuses = ["draft", "scheduled", "published", "withdrawn", "unpublished"] as const;

// A plain GET form: filters work and can be bookmarked without JavaScript.
export async function ArticleFilter({ query }: { query: ArticleListQuery }) {
  const [t, st] = await Promise.all([getTranslations("AdminArticles"), getTranslations("AdminStatus")]);
  const statusOptions = statuses.map((s) => ({ value: s, label: st(`status.${s}`) }));
  const kindOptions = articleKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  const translationOptions = (["missing", "outdated"] as const).map((x) => ({ value: x, label: st(`translation.${x}`) }));
  const select = (name: "status" | "kind" | "translation", label: string, any: string, options: Option[]) => (
    <label className="flex flex-col gap-1">
      {label}
      <select name={name} defaultValue={query[name] ?? ""} className={field}>
        <option value="">{any}</option>
        <SelectOptions options={options} />
      </select>
    </label>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        {t("search")}
        <input name="q" type="search" defaultValue={query.q ?? ""} className={field} />
      </label>
      {select("status", t("status"), t("anyStatus"), statusOptions)}
      {select("kind", t("kind"), t("anyKind"), kindOptions)}
      {select("translation", t("translation"), t("anyTranslation"), translationOptions)}
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white">
        {t("filter")}
      </button>
    </form>
  );
}
