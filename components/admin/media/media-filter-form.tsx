import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/admin/filter-form";
import { mediaKinds, type MediaListQuery } from "@/lib/zod/media";
import { locales } from "@/i18n/routing";

export async function MediaFilterForm({ query }: { query: MediaListQuery }) {
  const t = await getTranslations("AdminMedia.filters");
  return (
    <FilterForm
      action="/admin/media"
      label={t("label")}
      search={{ id: "media-q", label: t("q"), maxLength: 200 }}
      selects={[
        {
          id: "media-kind",
          name: "kind",
          label: t("kind"),
          allLabel: t("kindAll"),
          options: mediaKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
        },
        {
          id: "media-missing-alt",
          name: "missingAlt",
          label: t("missingAlt"),
          allLabel: t("missingAltAny"),
          options: locales.map((l) => ({ value: l, label: t(l === "ru" ? "missingAltRu" : "missingAltEn") })),
        },
      ]}
      apply={t("submit")}
      reset={t("reset")}
      values={query}
    />
  );
}
