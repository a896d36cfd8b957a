import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/select-field";
import { mediaKinds, type MediaListQuery } from "@/lib/zod/media";
import { locales } from "@/i18n/routing";

// A GET form: the filters live in the URL, work without JavaScript and can be shared.
export async function MediaFilterForm({ query }: { query: MediaListQuery }) {
  const t = await getTranslations("AdminMedia.filters");
  return (
    <form
      method="get"
      action="/admin/media"
      role="search"
      aria-label={t("label")}
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor="media-q">{t("q")}</label>
        <input id="media-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={200} className="rounded border border-slate-300 px-2 py-1.5" />
      </div>
      <SelectField
        id="media-kind"
        name="kind"
        label={t("kind")}
        value={query.kind}
        allLabel={t("kindAll")}
        options={mediaKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <SelectField
        id="media-missing-alt"
        name="missingAlt"
        label={t("missingAlt")}
        value={query.missingAlt}
        allLabel={t("missingAltAny")}
        options={locales.map((l) => ({ value: l, label: t(l === "ru" ? "missingAltRu" : "missingAltEn") }))}
      />
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-white hover:bg-brand-800">
        {t("submit")}
      </button>
      <Link href="/admin/media" className="py-1.5 text-sm text-brand-700 underline underline-offset-2">
        {t("reset")}
      </Link>
    </form>
  );
}
